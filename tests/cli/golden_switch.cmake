# cmake -DCOMPARE=<cmake/run_and_compare.cmake> -DSCRATCH=<dir> -P golden_switch.cmake
# Tests the golden-file switch of run_and_compare.cmake in a scratch folder, with `cmake -E echo` as the
# program under test (it prints its arguments and a newline on standard output, nothing on standard error):
#   1. a mismatch fails, names the switch, and writes actual.out into the test's own ACTUAL_DIR;
#   2. a stale .err file for a stream that is now empty is reported too;
#   3. BEDROCK_UPDATE_GOLDENS=1 rewrites the .out file, removes the .err file, and passes;
#   4. afterwards the comparison passes without the switch, and actual.out is gone;
#   5. without GOLDEN=1 (a fixture comparison) the switch never rewrites anything.
file(REMOVE_RECURSE ${SCRATCH})
file(MAKE_DIRECTORY ${SCRATCH}/expected)
set(out ${SCRATCH}/expected/case.out)
set(err ${SCRATCH}/expected/case.err)
file(WRITE ${out} "stale output\n")
file(WRITE ${err} "stale error\n")
set(actual ${SCRATCH}/actual/case)

# run(<result var> <output var> <BEDROCK_UPDATE_GOLDENS value> <GOLDEN value>)
function(run result_var output_var update golden)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -E env BEDROCK_UPDATE_GOLDENS=${update}
            ${CMAKE_COMMAND} "-DPROGRAM=${CMAKE_COMMAND}" -DGOLDEN=${golden} "-DARGS=-E;echo;fresh output"
            -DEXPECTED=${out} -DEXPECTED_STDERR=${err} -DACTUAL_DIR=${actual} -P ${COMPARE}
    RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e)
  set(${result_var} ${rc} PARENT_SCOPE)
  set(${output_var} "${o}${e}" PARENT_SCOPE)
endfunction()
# expect(<condition as text> <what was expected>): fails with the log unless the condition holds.
macro(expect cond)
  cmake_language(EVAL CODE "if(NOT (${cond}))\nmessage(FATAL_ERROR [==[golden switch: expected ${ARGN}\n${log}]==])\nendif()")
endmacro()

# 1 + 2: a plain run fails and leaves its actual files
run(rc log 0 1)
expect("NOT rc EQUAL 0" "a mismatch to fail")
expect("log MATCHES \"BEDROCK_UPDATE_GOLDENS=1\"" "the failure to name the switch")
expect("EXISTS ${actual}/actual.out" "actual.out in the test's own folder")
file(READ ${actual}/actual.out got)
expect("got STREQUAL \"fresh output\\n\"" "actual.out to hold the program's output")
expect("log MATCHES \"standard error of\"" "the stale .err file to be reported")
file(READ ${out} kept)
expect("kept STREQUAL \"stale output\\n\"" "a plain run to leave the expected file alone")

# 5: the switch does not touch a comparison that is not a golden test
run(rc log 1 0)
expect("NOT rc EQUAL 0" "a fixture mismatch to fail even with the switch")
file(READ ${out} kept)
expect("kept STREQUAL \"stale output\\n\"" "a fixture never to be rewritten")

# 3: update mode rewrites and passes
run(rc log 1 1)
expect("rc EQUAL 0" "update mode to pass")
expect("log MATCHES \"rewrote\"" "update mode to say what it rewrote")
file(READ ${out} now)
expect("now STREQUAL \"fresh output\\n\"" "the .out file to be rewritten")
expect("NOT EXISTS ${err}" "the .err file of an empty stream to be removed")

# 4: and now it simply passes
run(rc log 0 1)
expect("rc EQUAL 0" "the rewritten files to match")
expect("NOT EXISTS ${actual}/actual.out" "a passing run to remove its stale actual.out")
message(STATUS "golden switch: all checks passed")
