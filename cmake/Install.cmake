# Install rules: the tool, what it reads at run time, and the CMake package
#   <prefix>/bin/scopegen
#   <prefix>/share/scopegen/{templates,data,schema}/
#   <prefix>/share/bash-completion/completions/scopegen, <prefix>/share/doc/scopegen/copyright
#   <prefix>/<libdir>/cmake/scopegen/{scopegenConfig,scopegenConfigVersion,scopegenTargets,scopegen}.cmake
# The installed tool finds templates and shipped catalogues at <dir of executable>/../share/scopegen
# (generator/cli/resources.cpp), so bin/ and share/scopegen/ are fixed here, not taken from
# GNUInstallDirs, whose BINDIR and DATADIR a packager may move apart.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(SCOPEGEN_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/scopegen" CACHE STRING
    "Where to install scopegen's CMake package, relative to the prefix")

install(TARGETS scopegen EXPORT scopegenTargets RUNTIME DESTINATION bin)
install(DIRECTORY templates/ DESTINATION share/scopegen/templates)
install(DIRECTORY data/ DESTINATION share/scopegen/data)
install(DIRECTORY schema/ DESTINATION share/scopegen/schema)
# Where bash-completion looks for a command's completion on first use.
install(FILES scripts/scopegen-completion.bash DESTINATION share/bash-completion/completions
        RENAME scopegen)
install(FILES LICENSE DESTINATION share/doc/scopegen RENAME copyright)

# scopegen::scopegen as an IMPORTED executable, the same name the tree declares as an ALIAS.
install(EXPORT scopegenTargets NAMESPACE scopegen:: DESTINATION "${SCOPEGEN_INSTALL_CMAKEDIR}")
configure_package_config_file(cmake/scopegenConfig.cmake.in
  "${PROJECT_BINARY_DIR}/scopegenConfig.cmake"
  INSTALL_DESTINATION "${SCOPEGEN_INSTALL_CMAKEDIR}")
# The package holds a host tool, nothing to link: the consumer's architecture does not matter
# (a 32-bit or cross build may use a 64-bit host scopegen). While the major version is 0, a minor
# release may change the CLI or the module, so only the same minor version is compatible.
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(compatibility SameMinorVersion)
else()
  set(compatibility SameMajorVersion)
endif()
write_basic_package_version_file("${PROJECT_BINARY_DIR}/scopegenConfigVersion.cmake"
  COMPATIBILITY ${compatibility} ARCH_INDEPENDENT)
install(FILES
  "${PROJECT_BINARY_DIR}/scopegenConfig.cmake"
  "${PROJECT_BINARY_DIR}/scopegenConfigVersion.cmake"
  cmake/scopegen.cmake
  DESTINATION "${SCOPEGEN_INSTALL_CMAKEDIR}")
