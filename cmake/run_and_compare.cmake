# cmake -DPROGRAM=<exe> -DEXPECTED=<file> [-DARGS=a;b] [-DEXPECT_EXIT=0] -P run_and_compare.cmake
# Runs PROGRAM and fails unless its exit status and standard output are exactly as expected.
if(NOT DEFINED EXPECT_EXIT)
  set(EXPECT_EXIT 0)
endif()
execute_process(COMMAND ${PROGRAM} ${ARGS} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc STREQUAL EXPECT_EXIT)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}, expected ${EXPECT_EXIT}\nstderr:\n${err}")
endif()
file(READ ${EXPECTED} want)
if(NOT out STREQUAL want)
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/actual.out "${out}")
  message(FATAL_ERROR "output of ${PROGRAM} differs from ${EXPECTED}\n--- got:\n${out}\n--- want:\n${want}")
endif()
