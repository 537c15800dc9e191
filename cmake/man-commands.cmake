# cmake -DPROGRAM=<bedrock-profiles> -DOUTPUT=<file.h2m> -P man-commands.cmake
# Writes a help2man include file with a COMMANDS section: the `--help` of every subcommand that
# `PROGRAM --help` lists, verbatim, so the man page documents each command's options as the program does.
execute_process(COMMAND ${PROGRAM} --help OUTPUT_VARIABLE top RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} --help exited with ${rc}")
endif()
# CLI11 lists them under "Subcommands:" as "  <name>  <description>".
string(REGEX REPLACE ".*\nSubcommands:\n" "" listing "${top}")
string(REGEX MATCHALL "(^|\n)  [a-z][a-z0-9-]*" names "${listing}")
if(NOT names)
  message(FATAL_ERROR "no subcommands found in the output of ${PROGRAM} --help")
endif()

# roff: backslashes, then '-' as a real minus (copyable options), then control characters at line starts.
function(to_roff text out)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

set(h2m "[COMMANDS]\nEach command's own \\fB\\-\\-help\\fR:\n")
foreach(name IN LISTS names)
  string(STRIP "${name}" name)
  execute_process(COMMAND ${PROGRAM} ${name} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} ${name} --help exited with ${rc}")
  endif()
  # The exit-status footer is the same for every command and already in DESCRIPTION.
  string(REGEX REPLACE "\nExit status:[^\n]*" "" help "${help}")
  string(STRIP "${help}" help)
  to_roff("${help}" help)
  string(APPEND h2m ".SS ${name}\n.nf\n${help}\n.fi\n")
endforeach()
file(WRITE ${OUTPUT} "${h2m}")
