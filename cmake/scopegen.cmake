# scopegen_generate(): run scopegen as a build step; scopegen_scan() (below): check the code's
# API calls against the app profile. Documentation: docs/cmake.md.
#
#   scopegen_generate(<name>
#     INPUTS <file|dir>...        # YAML tables: your app profile, your own catalogues or extensions
#     [TEMPLATES <dir>...]        # template overrides and additions (scopegen --templates)
#     [TARGETS <target>...]       # only these targets: cpp, ts, npm, python, json, md, manifest (--targets)
#     [TS_STYLE enum|const]       # TypeScript names as enums (default) or const objects (--ts-style)
#     [EVIDENCE <file>]           # a `scopegen scan --format json` result, for the review (--evidence)
#     [OUTPUT_DIR <dir>])         # default ${CMAKE_CURRENT_BINARY_DIR}/<name>
#
# creates
#   <name>_generate   custom target (ALL) that runs the generator;
#   <name>            INTERFACE library: include directory <out>/cpp, C++17, depends on
#                     <name>_generate, so `target_link_libraries(app PRIVATE <name>)` works from any
#                     directory and `#include <scopegen/xero.hpp>` finds the generated header.
# and sets the properties SCOPEGEN_OUTPUT_DIR (<out>, where json/ and ts/ land for a frontend
# build) and SCOPEGEN_OUTPUTS (the files declared as BYPRODUCTS) on both targets.
#
# The tool is SCOPEGEN_EXECUTABLE when set (a host scopegen, for cross builds), else the target
# scopegen::scopegen: an ALIAS in scopegen's own tree (add_subdirectory, FetchContent) and an
# IMPORTED executable from find_package(scopegen CONFIG).
#
# The same file doubles as the `cmake -P` script the build runs after the generator (see
# _scopegen_check_outputs below), so the installed module is self-contained.

# Policies for everything this file defines (functions record them where they are defined):
# CMP0116 NEW makes Ninja rewrite the generator's depfile (absolute paths, target = the absolute
# stamp path) into paths relative to the build tree, the form build.ninja uses; Makefile
# generators always read it that way.
cmake_policy(PUSH)
cmake_policy(VERSION 3.23...3.31)

# Writes <content> to <file> only when it differs, so the file's time means "the list changed".
function(_scopegen_write_if_different file content)
  if(EXISTS "${file}")
    file(READ "${file}" current)
    if(current STREQUAL content)
      return()
    endif()
  endif()
  file(WRITE "${file}" "${content}")
endfunction()

# `scopegen generate --list-outputs` as text, one path a line ("" when the tool fails).
function(_scopegen_list_outputs out_text out_error tool)
  execute_process(COMMAND "${tool}" generate --list-outputs ${ARGN}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE listed ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    set(listed "")
    set(err "exit ${rc}: ${err}")
  else()
    set(err "")
  endif()
  set(${out_text} "${listed}" PARENT_SCOPE)
  set(${out_error} "${err}" PARENT_SCOPE)
endfunction()

# Build-time half, run right after the generator:
#   cmake -P scopegen.cmake -- <tool> <outputs file> <stamp> <arguments of `scopegen generate`>...
# Compares what the run wrote (--list-outputs) with the list CMake declared as BYPRODUCTS. When
# they differ (a provider or a template was added or removed, or the list was unknown at configure
# time), it rewrites the outputs file, which is a CMAKE_CONFIGURE_DEPENDS of the project: the next
# build re-runs CMake once and declares the new list; nothing else is rebuilt.
function(_scopegen_check_outputs)
  set(rest "")
  set(after_dashes FALSE)
  math(EXPR last "${CMAKE_ARGC} - 1")
  foreach(i RANGE ${last})
    if(after_dashes)
      list(APPEND rest "${CMAKE_ARGV${i}}")
    elseif(CMAKE_ARGV${i} STREQUAL "--")
      set(after_dashes TRUE)
    endif()
  endforeach()
  list(POP_FRONT rest tool outputs_file stamp)
  _scopegen_list_outputs(listed err "${tool}" ${rest})
  if(err)
    file(REMOVE "${stamp}")  # the generator ran, but this step did not: run both again next time
    message(FATAL_ERROR "scopegen: cannot list the outputs: ${err}")
  endif()
  file(READ "${outputs_file}" declared)
  if(NOT listed STREQUAL declared)
    file(WRITE "${outputs_file}" "${listed}")
    message(STATUS "scopegen: the generated files differ from those CMake declared; "
                   "CMake re-runs at the next build to declare them")
  endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
  _scopegen_check_outputs()
  cmake_policy(POP)
  return()
endif()

set(SCOPEGEN_EXECUTABLE "" CACHE FILEPATH
    "scopegen to run instead of the scopegen::scopegen target (a host tool for cross builds)")

# Every directory at or under <dir>: a file added to or removed from one changes its time.
function(_scopegen_directories_under out dir)
  file(GLOB_RECURSE entries LIST_DIRECTORIES true "${dir}/*")
  set(dirs "${dir}")
  foreach(entry IN LISTS entries)
    if(IS_DIRECTORY "${entry}")
      list(APPEND dirs "${entry}")
    endif()
  endforeach()
  set(${out} "${dirs}" PARENT_SCOPE)
endfunction()

function(scopegen_generate name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "OUTPUT_DIR;TS_STYLE;EVIDENCE" "INPUTS;TEMPLATES;TARGETS")
  set(where "scopegen_generate(${name})")
  set(module "${CMAKE_CURRENT_FUNCTION_LIST_FILE}")  # this file: also the build-time check script
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "${where}: unexpected arguments: ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT arg_INPUTS)
    message(FATAL_ERROR "${where}: INPUTS is required (YAML files or directories)")
  endif()
  if(TARGET "${name}" OR TARGET "${name}_generate")
    message(FATAL_ERROR "${where}: a target named ${name} or ${name}_generate already exists")
  endif()

  # --- The tool: a path to run now (configure time) when there is one, and how to run it at build time.
  set(tool_now "")
  if(SCOPEGEN_EXECUTABLE)
    set(tool_command "${SCOPEGEN_EXECUTABLE}")
    set(tool_file "${SCOPEGEN_EXECUTABLE}")
    set(tool_depends "${SCOPEGEN_EXECUTABLE}")
    set(tool_now "${SCOPEGEN_EXECUTABLE}")
  elseif(TARGET scopegen::scopegen)
    # DEPENDS on the target gives both the target-level (build it first) and the file-level
    # (re-run when it is rebuilt or reinstalled) dependency; COMMAND <target> alone gives only the first.
    set(tool_command scopegen::scopegen)
    set(tool_file "$<TARGET_FILE:scopegen::scopegen>")
    set(tool_depends scopegen::scopegen)
    get_target_property(imported scopegen::scopegen IMPORTED)
    if(imported)
      get_target_property(tool_now scopegen::scopegen LOCATION)
    elseif(CMAKE_CROSSCOMPILING)
      message(FATAL_ERROR "${where}: cross-compiling, and scopegen::scopegen is built for the target. "
                          "Set SCOPEGEN_EXECUTABLE to a scopegen built for this host.")
    endif()
  else()
    message(FATAL_ERROR "${where}: no scopegen. Use find_package(scopegen CONFIG REQUIRED), "
                        "add_subdirectory/FetchContent of scopegen, or set SCOPEGEN_EXECUTABLE.")
  endif()

  # --- Arguments, all absolute: inputs and templates from the source dir, outputs in the binary dir.
  set(out "${arg_OUTPUT_DIR}")
  if(NOT out)
    set(out "${name}")
  endif()
  cmake_path(ABSOLUTE_PATH out BASE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}" NORMALIZE)
  string(REGEX REPLACE "(.)/$" "\\1" out "${out}")

  # CLI11 options taking several values (--templates) would swallow the inputs: `--` ends them.
  set(args --out "${out}")
  set(watched "")  # directories whose time changes when a table or template is added or removed
  foreach(dir IN LISTS arg_TEMPLATES)
    cmake_path(ABSOLUTE_PATH dir BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE)
    string(REGEX REPLACE "(.)/$" "\\1" dir "${dir}")
    if(NOT IS_DIRECTORY "${dir}")
      message(FATAL_ERROR "${where}: TEMPLATES ${dir} is not a directory")
    endif()
    list(APPEND args --templates "${dir}")
    _scopegen_directories_under(dirs "${dir}")
    list(APPEND watched ${dirs})
  endforeach()
  if(arg_TARGETS)
    # One comma-separated value: the tool checks the names (E011) and says which exist.
    list(JOIN arg_TARGETS "," targets)
    list(APPEND args "--targets=${targets}")
  endif()
  if(arg_TS_STYLE)
    # The tool checks the value (a usage error names the two styles).
    list(APPEND args "--ts-style=${arg_TS_STYLE}")
  endif()
  set(input_files "")
  if(arg_EVIDENCE)
    # A `scopegen scan --format json` result: the review shows each scope's call sites. An input
    # like the tables (DEPENDS, and in the depfile), so a new scan regenerates the review.
    cmake_path(ABSOLUTE_PATH arg_EVIDENCE BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE)
    list(APPEND args --evidence "${arg_EVIDENCE}")
    list(APPEND input_files "${arg_EVIDENCE}")
  endif()
  set(inputs "")
  foreach(input IN LISTS arg_INPUTS)
    cmake_path(ABSOLUTE_PATH input BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE)
    string(REGEX REPLACE "(.)/$" "\\1" input "${input}")
    if(IS_DIRECTORY "${input}")
      _scopegen_directories_under(dirs "${input}")
      list(APPEND watched ${dirs})
    elseif(EXISTS "${input}")
      list(APPEND input_files "${input}")
    else()
      message(FATAL_ERROR "${where}: INPUTS ${input} does not exist")
    endif()
    list(APPEND inputs "${input}")
  endforeach()
  list(APPEND args -- ${inputs})

  # --- The output list, declared as BYPRODUCTS.
  # Why it must be exact: with Ninja, a generated header that a compile depends on (through the
  # compiler's depfile) must be an output of the generator's edge, or a header rewritten by the
  # generator is not seen until the build after (the object is stale once); and a declared file the
  # tool never writes makes the edge re-run on every build. Makefiles do not care either way.
  # Which files a run writes depends on the tables' content (the providers a profile names) and on
  # the templates, so only the tool knows: `--list-outputs`. CMake asks it here when it can run it
  # now (SCOPEGEN_EXECUTABLE, or an installed, IMPORTED scopegen::scopegen). In scopegen's own tree
  # the tool is not built yet at configure time: the list is then the one the last build recorded,
  # or empty before the first build. Either way the build checks its list after each run
  # (_scopegen_check_outputs) and, when it changed, CMake re-runs once at the next build. So
  # in-tree, the build after the very first one re-runs CMake and the generator once (writing
  # nothing, recompiling nothing); the build after that is a no-op.
  set(work "${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/${name}.scopegen")
  set(stamp "${work}/stamp")
  set(depfile "${work}/scopegen.d")
  set(outputs_file "${work}/outputs.txt")
  file(MAKE_DIRECTORY "${work}")
  set(listed "")
  set(known FALSE)
  if(tool_now AND EXISTS "${tool_now}")
    _scopegen_list_outputs(listed err "${tool_now}" ${args})
    if(err)
      message(WARNING "${where}: `scopegen --list-outputs` failed at configure time; "
                      "the build will report the errors.\n${err}")
    else()
      set(known TRUE)
    endif()
  endif()
  if(known)
    _scopegen_write_if_different("${outputs_file}" "${listed}")
  elseif(EXISTS "${outputs_file}")
    file(READ "${outputs_file}" listed)
  else()
    file(WRITE "${outputs_file}" "")
  endif()
  string(REGEX REPLACE "\n$" "" listed "${listed}")
  string(REPLACE "\n" ";" outputs "${listed}")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${outputs_file}")

  set(codegen "")
  if(POLICY CMP0171)  # CMake 3.31+: also part of the global `codegen` target
    cmake_policy(GET CMP0171 cmp0171)
    if(cmp0171 STREQUAL "NEW")
      set(codegen CODEGEN)
    endif()
  endif()

  # One command: the stamp is its only OUTPUT (the generator touches it after a successful run and
  # names it as the depfile's target); the generated files are BYPRODUCTS. The generator rewrites a
  # file only when its bytes change, so a run that changes nothing recompiles nothing, and the next
  # build is a no-op on Ninja and on Makefiles (docs/cmake.md, "How it rebuilds").
  add_custom_command(
    OUTPUT "${stamp}"
    BYPRODUCTS ${outputs}
    COMMAND ${tool_command} generate --depfile "${depfile}" --stamp "${stamp}" ${args}
    COMMAND "${CMAKE_COMMAND}" -P "${module}" --
            "${tool_file}" "${outputs_file}" "${stamp}" ${args}
    DEPENDS ${tool_depends} ${input_files} ${watched} "${module}"
    DEPFILE "${depfile}"
    COMMENT "Generating ${name} with scopegen"
    ${codegen}
    VERBATIM)
  add_custom_target(${name}_generate ALL DEPENDS "${stamp}")

  add_library(${name} INTERFACE)
  target_include_directories(${name} INTERFACE "$<BUILD_INTERFACE:${out}/cpp>")
  target_compile_features(${name} INTERFACE cxx_std_17)
  add_dependencies(${name} ${name}_generate)
  set_target_properties(${name} ${name}_generate PROPERTIES
    SCOPEGEN_OUTPUT_DIR "${out}"
    SCOPEGEN_OUTPUTS "${outputs}")
endfunction()

# scopegen_scan(): fail the build when the code calls an API operation that needs a scope or
# permission the app profile does not request (`scopegen scan`, docs/scan.md).
#
#   scopegen_scan(<name>
#     PROFILE <file>              # the app profile
#     SOURCES <file|dir>...       # the code to scan
#     [TABLES <file|dir>...]      # catalogues, operation and SDK tables (default: the shipped data)
#     [EXCLUDE <dir name>...])    # directory names not to enter (default: node_modules)
#
# creates the custom target <name> (ALL), which runs the scan when the profile, the tool or a
# source file of a type scan reads changes (the list is globbed at configure time, with
# CONFIGURE_DEPENDS so a new file is seen), and fails with the scan's diagnostics.
function(scopegen_scan name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "PROFILE" "SOURCES;TABLES;EXCLUDE")
  set(where "scopegen_scan(${name})")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "${where}: unexpected arguments: ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT arg_PROFILE OR NOT arg_SOURCES)
    message(FATAL_ERROR "${where}: PROFILE and SOURCES are required")
  endif()
  if(SCOPEGEN_EXECUTABLE)
    set(tool "${SCOPEGEN_EXECUTABLE}")
  elseif(TARGET scopegen::scopegen)
    set(tool scopegen::scopegen)
  else()
    message(FATAL_ERROR "${where}: no scopegen: find_package(scopegen) or set SCOPEGEN_EXECUTABLE")
  endif()
  get_filename_component(profile "${arg_PROFILE}" ABSOLUTE)
  set(args --profile "${profile}")
  foreach(table IN LISTS arg_TABLES)
    get_filename_component(table "${table}" ABSOLUTE)
    list(APPEND args --tables "${table}")
  endforeach()
  foreach(dir IN LISTS arg_EXCLUDE)
    list(APPEND args --exclude "${dir}")
  endforeach()
  set(depends "")
  foreach(source IN LISTS arg_SOURCES)
    get_filename_component(source "${source}" ABSOLUTE)
    list(APPEND args "${source}")
    if(IS_DIRECTORY "${source}")
      set(patterns "")
      foreach(ext ts tsx mts cts js jsx mjs cjs py rb sh cs c h cc cpp cxx hh hpp hxx java kt go rs
                  swift php)
        list(APPEND patterns "${source}/*.${ext}")
      endforeach()
      file(GLOB_RECURSE found CONFIGURE_DEPENDS ${patterns})
      list(FILTER found EXCLUDE REGEX "/(node_modules|\\.[^/]*)/")
      list(APPEND depends ${found})
    else()
      list(APPEND depends "${source}")
    endif()
  endforeach()
  set(stamp "${CMAKE_CURRENT_BINARY_DIR}/scopegen/${name}.scan.stamp")
  add_custom_command(
    OUTPUT "${stamp}"
    COMMAND ${tool} scan ${args}
    COMMAND "${CMAKE_COMMAND}" -E touch "${stamp}"
    DEPENDS ${tool} "${profile}" ${depends}
    COMMENT "Checking the API calls of ${name} against its profile with scopegen scan"
    VERBATIM)
  add_custom_target(${name} ALL DEPENDS "${stamp}")
endfunction()

cmake_policy(POP)
