# The compiled JSON library's user TUs define no reader or writer of a document type (cmake -P; CTest
# json_compiled_user_tu_defines_no_document_code, and its control):
#   -DNM=<nm> -DOBJECT=<object file of tests/json_compiled/user_tu.cpp>
# Fails, listing them, if the object defines (nm: T, W, t) any of the four templates that
# json/detail/extern_template.hpp declares extern, or the stream reader's per-type tables; also fails if it does not
# call read_document and write_json (then the TU did not exercise the entry points and the check proves nothing).
cmake_minimum_required(VERSION 3.21)
if(NOT NM OR NOT OBJECT)
  message(FATAL_ERROR "pass -DNM=<nm> -DOBJECT=<object file>")
endif()
execute_process(COMMAND "${NM}" -C "${OBJECT}" OUTPUT_VARIABLE _symbols RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${NM} -C ${OBJECT} failed (${_rc})")
endif()
string(REPLACE ";" "," _symbols "${_symbols}")
string(REPLACE "\n" ";" _lines "${_symbols}")
set(_document_code "bedrock::(read_document|write_json|detail::read_value|detail::write_value|detail::stream_described)<bedrock::")
set(_defined "")
set(_called 0)
foreach(_line IN LISTS _lines)
  if(_line MATCHES "^[0-9a-f]* *[TWtVv] .*${_document_code}")
    string(APPEND _defined "\n  ${_line}")
  elseif(_line MATCHES "^ *U .*bedrock::(read_document|write_json)<bedrock::")
    math(EXPR _called "${_called} + 1")
  endif()
endforeach()
if(_defined)
  message(FATAL_ERROR "${OBJECT} defines document code that the compiled library should provide:${_defined}")
endif()
if(_called LESS 2)
  message(FATAL_ERROR "${OBJECT} does not call read_document and write_json: the check proves nothing")
endif()
message(STATUS "${OBJECT}: no document reader or writer defined, ${_called} called from the compiled library")
