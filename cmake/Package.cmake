# `cpack -G DEB` (from the build directory): a Debian package of what cmake/Install.cmake installs,
# under /usr, with the tool stripped. Its dependencies come from dpkg-shlibdeps when it is there
# (dpkg-dev), else from the list below, which is what Debian 12 links the tool against.
set(CPACK_PACKAGE_NAME scopegen)
set(CPACK_PACKAGE_VENDOR "The scopegen contributors")
set(CPACK_PACKAGE_CONTACT "The scopegen contributors <scopegen@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "A build-time generator: YAML tables of OAuth scopes (Xero), Stripe App permissions and use
cases (Codat) to C++ headers, TypeScript, JSON and Markdown, with a CMake module
(find_package(scopegen)) that runs it as a build step.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
find_program(SCOPEGEN_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(SCOPEGEN_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libc6, libgcc-s1, libstdc++6, libyaml-cpp0.7, libyaml-0-2")
endif()
# The CMake module needs cmake on the machine that uses it; the tool does not.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cmake (>= 3.23)")
include(CPack)
