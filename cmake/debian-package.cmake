# `cpack -G DEB` in a configured and built tree: one .deb with the headers, the CMake package files,
# the pkg-config files and, when built, the `bedrock-profiles` command and its man page.
# tests/package/run builds, inspects, installs and removes it.
set(CPACK_PACKAGE_NAME bedrock-profiles)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "bedrock-profiles maintainers <maintainers@users.noreply.r-seed-153d6e78.example>"
    CACHE STRING "Maintainer of the Debian package (\"Name <email>\")")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
# Install with DESTDIR and CMAKE_INSTALL_PREFIX=/usr, so that the install rules see the real prefix
# (the .pc files name it), whatever prefix the build tree was configured with.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# Only the default install component: the compiled JSON library (component `json_compiled`, a static library
# under lib/ built for this machine's compiler and standard library) stays out of the package, which holds
# headers, CMake and pkg-config files and the command. Its users build it from source (docs/json.md).
set(CPACK_INSTALL_CMAKE_PROJECTS "${PROJECT_BINARY_DIR};${PROJECT_NAME};Unspecified;/")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # bedrock-profiles_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION libdevel) # mostly headers; the command is a front end to them
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The architecture comes from `dpkg --print-architecture` (the command is a native program).
# Depends: what the command links (libc6, libstdc++6, libgcc-s1), computed by dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Recommends, not Depends, for Boost: only <bedrock/json.hpp> and <bedrock/json/...> need it; the core headers and the command
# do not (the command compiles Boost.JSON in). The CMake package loads bedrock::profiles_json only when
# Boost >= 1.81 is found, so `--no-install-recommends` leaves a working core. Debian 12's libboost-dev is
# 1.74, hence the versioned alternative; newer releases satisfy the first one.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libboost-dev (>= 1.81) | libboost1.81-dev")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cmake (>= 3.21), pkgconf | pkg-config, libboost-json1.81-dev")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the long description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Header-only C++20 library: the Amazon Bedrock foundation-model catalog,
cross-region (system-defined) and application inference profiles, every
Bedrock ARN and identifier (checked at compile time for literals, parsed
without allocation at run time) and, in <bedrock/json/*.hpp>, their JSON for
the Bedrock API, CloudFormation and IAM (Boost.JSON and Boost.Describe).
.
Also installs the bedrock-profiles command, its man page, CMake package
files (find_package(bedrock-profiles)) and pkg-config files
(bedrock-profiles, bedrock-profiles-json).")
include(CPack)
