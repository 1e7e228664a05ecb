#include "cli/cli.hpp"

int main(int argc, char** argv)
{
    return patrolbook::server::runCli(argc, argv);
}
