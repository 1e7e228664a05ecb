# Creates a demo estate database with the tool, then summarises it; prints both outputs
# for the test's PASS_REGULAR_EXPRESSION.
file(REMOVE ${DB})
execute_process(COMMAND ${TOOL} demo --db ${DB} --now 2026-11-27T10:00:00+08:00
                OUTPUT_VARIABLE created RESULT_VARIABLE rc1)
execute_process(COMMAND ${TOOL} summary --db ${DB} --now 2026-11-27T10:00:00+08:00
                OUTPUT_VARIABLE summary RESULT_VARIABLE rc2)
message("${created}${summary}")
if(NOT rc1 EQUAL 0 OR NOT rc2 EQUAL 0)
  message(FATAL_ERROR "patrolbook-estate failed: ${rc1} ${rc2}")
endif()
