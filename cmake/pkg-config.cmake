# pkg-config files: bedrock-profiles.pc (core) and, with BEDROCK_PROFILES_JSON, bedrock-profiles-json.pc.
# Header-only, so they go in the architecture-independent ${datadir}/pkgconfig, which pkg-config searches
# on Debian (/usr/share/pkgconfig) as elsewhere.
#
# The prefix is written at install time, not at configure time: `cmake --install --prefix <p>` and
# cpack (which installs with its own prefix, /usr for a .deb) then get a .pc that names where the
# headers really are. Configure time fills in everything else and leaves @CMAKE_INSTALL_PREFIX@.
set(BEDROCK_PC_PREFIX "@CMAKE_INSTALL_PREFIX@")
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(BEDROCK_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(BEDROCK_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
set(_bedrock_pc_names bedrock-profiles)
if(BEDROCK_PROFILES_JSON)
  # Boost ships no .pc file; name the include directory of the Boost this build found, unless the compiler
  # searches it anyway (an explicit -I/usr/include breaks libstdc++'s #include_next).
  get_target_property(_bedrock_boost_inc Boost::headers INTERFACE_INCLUDE_DIRECTORIES)
  set(BEDROCK_PC_BOOST_CFLAGS "")
  foreach(_dir IN LISTS _bedrock_boost_inc)
    if(NOT _dir IN_LIST CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES)
      string(APPEND BEDROCK_PC_BOOST_CFLAGS " -I${_dir}")
    endif()
  endforeach()
  list(APPEND _bedrock_pc_names bedrock-profiles-json)
endif()
foreach(_pc IN LISTS _bedrock_pc_names)
  configure_file(cmake/${_pc}.pc.in ${PROJECT_BINARY_DIR}/pkgconfig/${_pc}.pc.in @ONLY)
  install(CODE "configure_file(\"${PROJECT_BINARY_DIR}/pkgconfig/${_pc}.pc.in\"
                               \"${PROJECT_BINARY_DIR}/pkgconfig/${_pc}.pc\" @ONLY)")
  install(FILES ${PROJECT_BINARY_DIR}/pkgconfig/${_pc}.pc DESTINATION ${CMAKE_INSTALL_DATADIR}/pkgconfig)
endforeach()
