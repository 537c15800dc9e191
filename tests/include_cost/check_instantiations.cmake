# Include cost (issue 9; cmake -P, CTest include_cost_*): what a TU that only includes <bedrock/profiles.hpp>
# instantiates beyond its standard headers must contain none of the iterator and common-reference machinery of the
# standard library's constrained constructors. One non-template `std::string_view(char*, n)`, `{p, uint8_t}` or
# `std::span<char>(…)` checks `contiguous_iterator` and `sized_sentinel_for` for its argument types: ~340 class
# instantiations and ~2 MB of g++ memory at every include (docs/performance.md, "profiles.hpp after session 10").
# g++ only (its -fdump-lang-class lists every class it laid out, instantiations included).
#   -DCXX=<g++> -DINCLUDE_DIR=<include/> -DSUBJECT=<tu.cpp> -DBASELINE=<tu.cpp> -DWORK_DIR=<scratch dir>
cmake_minimum_required(VERSION 3.21)
foreach(_v CXX INCLUDE_DIR SUBJECT BASELINE WORK_DIR)
  if(NOT ${_v})
    message(FATAL_ERROR "pass -D${_v}=...")
  endif()
endforeach()

# The classes g++ lays out for `tu` (its "Class <name>" lines), as a list.
function(classes_of tu out)
  get_filename_component(_name "${tu}" NAME)
  file(REMOVE_RECURSE "${WORK_DIR}/${_name}.d")
  file(MAKE_DIRECTORY "${WORK_DIR}/${_name}.d")
  execute_process(COMMAND "${CXX}" -std=c++20 -O2 -c -I "${INCLUDE_DIR}" -fdump-lang-class
                          -dumpdir "${WORK_DIR}/${_name}.d/" "${tu}" -o "${WORK_DIR}/${_name}.d/tu.o"
                  RESULT_VARIABLE _rc ERROR_VARIABLE _err)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "${CXX} failed on ${tu}:\n${_err}")
  endif()
  file(GLOB _dump "${WORK_DIR}/${_name}.d/*.class")
  if(NOT _dump)
    message(FATAL_ERROR "${CXX} wrote no -fdump-lang-class file for ${tu} (not g++?)")
  endif()
  file(STRINGS "${_dump}" _lines REGEX "^Class ")
  list(REMOVE_DUPLICATES _lines)
  set(${out} "${_lines}" PARENT_SCOPE)
endfunction()

classes_of("${SUBJECT}" _subject)
classes_of("${BASELINE}" _baseline)
set(_extra ${_subject})
list(REMOVE_ITEM _extra ${_baseline})
list(LENGTH _extra _count)
message(STATUS "${SUBJECT}: ${_count} classes beyond the standard headers")

# The fingerprints of an iterator-concept check: iterator traits, common_reference, cv-selection of an iterator's
# reference type. The library itself names none of these.
set(_trap "std::__detail::__iter_traits_impl<|std::__common_ref_impl<|std::__common_reference_impl<|std::__cv_selector<")
set(_found)
foreach(_c IN LISTS _extra)
  if(_c MATCHES "${_trap}")
    list(APPEND _found "${_c}")
  endif()
endforeach()
if(_found)
  list(LENGTH _found _n)
  list(SUBLIST _found 0 12 _shown)
  list(JOIN _shown "\n  " _text)
  message(FATAL_ERROR "including the header instantiates the standard library's iterator concepts (${_n} classes), "
                      "e.g.\n  ${_text}\nA non-template function (or a non-dependent expression in a template) builds "
                      "a string_view or span from a char* or a non-size_t count; pass `char const*` and `std::size_t`.")
endif()
