# cmake -DPROGRAM=<exe> -DEXPECTED=<file> [-DARGS=a;b] [-DEXPECT_EXIT=0] [-DSTDIN=<file>]
#       [-DEXPECTED_STDERR=<file>] [-DACTUAL_DIR=<dir>] [-DGOLDEN=1] -P run_and_compare.cmake
#
# Runs PROGRAM and fails unless its exit status and standard output (and, with EXPECTED_STDERR, its
# standard error) are exactly as expected, byte for byte. STDIN feeds a file to standard input.
#
# Golden files (GOLDEN=1): an expected file that does not exist means "this stream is empty".
# On a mismatch the test writes what it got to ACTUAL_DIR/actual.out and ACTUAL_DIR/actual.err (each test
# has its own ACTUAL_DIR, so tests running in parallel never overwrite each other's files) and fails.
# With the environment variable BEDROCK_UPDATE_GOLDENS=1 it rewrites the expected files instead (a file
# that should now be empty is removed), says so, and passes: review the result with `git diff`.
# Without GOLDEN=1 the expected files are never rewritten (they are fixtures, not test output).
if(NOT DEFINED EXPECT_EXIT)
  set(EXPECT_EXIT 0)
endif()
if(NOT DEFINED ACTUAL_DIR)
  set(ACTUAL_DIR ${CMAKE_CURRENT_BINARY_DIR})
endif()
set(_update OFF)
if(GOLDEN AND "$ENV{BEDROCK_UPDATE_GOLDENS}" STREQUAL "1")
  set(_update ON)
endif()
set(_stdin)
if(DEFINED STDIN)
  set(_stdin INPUT_FILE ${STDIN})
endif()
execute_process(COMMAND ${PROGRAM} ${ARGS} ${_stdin} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc STREQUAL EXPECT_EXIT)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}, expected ${EXPECT_EXIT}\nstdout:\n${out}\nstderr:\n${err}")
endif()

# compare(<got> <expected file> <actual file name> <stream name>)
function(compare got expected actual stream)
  set(want "")
  if(EXISTS ${expected})
    file(READ ${expected} want)
  elseif(NOT GOLDEN)
    message(FATAL_ERROR "missing expected file ${expected}")
  endif()
  if(got STREQUAL want)
    file(REMOVE ${ACTUAL_DIR}/${actual})
    return()
  endif()
  if(_update)
    if(got STREQUAL "")
      file(REMOVE ${expected})
    else()
      file(WRITE ${expected} "${got}")
    endif()
    message(STATUS "BEDROCK_UPDATE_GOLDENS: rewrote ${expected}")
    return()
  endif()
  file(WRITE ${ACTUAL_DIR}/${actual} "${got}")
  set(_failed ON PARENT_SCOPE)
  message(SEND_ERROR "${stream} of ${PROGRAM} differs from ${expected}\n--- got (${ACTUAL_DIR}/${actual}):\n${got}\n--- want:\n${want}")
endfunction()

set(_failed OFF)
compare("${out}" "${EXPECTED}" actual.out "standard output")
if(DEFINED EXPECTED_STDERR)
  compare("${err}" "${EXPECTED_STDERR}" actual.err "standard error")
endif()
if(_failed)
  message(FATAL_ERROR "mismatch: set BEDROCK_UPDATE_GOLDENS=1 to rewrite the expected files on purpose")
endif()
