#pragma once

// Result<T>: the return type of everything in core that can fail at run time (STYLE.md §3).
// std::expected is C++23 and not in GCC 12's C++20 mode, so this is the one small type of
// our own: a value, or an Error with a module code, an English detail for logs and the native
// code (AVERROR, HTTP status, OpenSSL error, errno).

#include <QString>

#include <cassert>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace Core {

enum class ErrorCode
{
    // 0 is never a valid state (STYLE.md: enums where 0 is never valid).
    Invalid = 0,
    Io,
    NotFound,
    PermissionDenied,
    BadInput,
    Network,
    Tls,
    Timeout,
    Cancelled,
    Http,
    Protocol,
    Database,
    Media,
    Unsupported,
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString detail;       // English, for logs; never shown untranslated to a user
    long long native = 0; // AVERROR, HTTP status, errno, OpenSSL error...

    [[nodiscard]] QString toString() const;
};

[[nodiscard]] const char* errorCodeName(ErrorCode code);

inline Error makeError(ErrorCode code, QString detail, long long native = 0)
{
    return Error{code, std::move(detail), native};
}

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() &
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    [[nodiscard]] const T& value() const&
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    [[nodiscard]] T&& value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    [[nodiscard]] const Error& error() const
    {
        assert(!ok());
        return std::get<1>(m_state);
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    template <typename U> [[nodiscard]] T valueOr(U&& fallback) const&
    {
        return ok() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const
    {
        assert(!ok());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Core
