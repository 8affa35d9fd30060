// The resources library holds only compiled-in data (icons, translation catalogues); this file
// gives it one object so that every toolchain accepts it as a library.
namespace Resources {
int version()
{
    return 1;
}
} // namespace Resources
