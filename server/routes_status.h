#pragma once

#include "server/eventhub.h"
#include "server/router.h"
#include "server/statusservice.h"

namespace Server {

struct StatusDeps
{
    StatusService& status;
    EventHub& hub;
};
void addStatusRoutes(Router& router, StatusDeps deps);

} // namespace Server
