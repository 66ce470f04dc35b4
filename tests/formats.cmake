# The diagram and visualiser formats: unit-test dependencies, and the consumer
# tests that feed each format to the program that reads it (dot, chromium with
# Cytoscape.js, mermaid's parser and renderer; Boost's read_graphml is in the
# unit tests). Browser tests drive Debian's chromium with playwright-core; their
# npm packages (tests/browser/package-lock.json) are installed into the build tree.

# boost::read_graphml lives in libboost_graph.
find_package(Boost 1.74 REQUIRED COMPONENTS graph)
target_link_libraries(claimgraph_tests PRIVATE Boost::graph)

add_executable(claimgraph_formats_fixture ${CMAKE_CURRENT_SOURCE_DIR}/formats_fixture.cpp)
target_link_libraries(claimgraph_formats_fixture PRIVATE claimgraph::export claimgraph_warnings)

set(CLAIMGRAPH_FORMATS_OUT ${PROJECT_BINARY_DIR}/test-output/formats)
add_test(NAME formats.outputs
         COMMAND ${CMAKE_COMMAND} -E env CLAIMGRAPH=$<TARGET_FILE:claimgraph>
                 FIXTURE=$<TARGET_FILE:claimgraph_formats_fixture>
                 bash ${CMAKE_CURRENT_SOURCE_DIR}/browser/make_outputs.sh ${PROJECT_SOURCE_DIR} ${CLAIMGRAPH_FORMATS_OUT})
set_tests_properties(formats.outputs PROPERTIES FIXTURES_SETUP formats_outputs)

find_program(CLAIMGRAPH_CHROMIUM chromium)
if(NOT CLAIMGRAPH_NODE OR NOT CLAIMGRAPH_NPM OR NOT CLAIMGRAPH_CHROMIUM OR NOT CLAIMGRAPH_VIEWER)
  message(WARNING "The browser tests need node, npm, chromium and the viewer (CLAIMGRAPH_VIEWER=ON); "
                  "they are registered to fail until these are installed (scripts/setup.sh installs them).")
endif()

set(browser_build ${PROJECT_BINARY_DIR}/browser-tests)
set(browser_stamp ${browser_build}/npm-ci.stamp)
set(browser_src ${CMAKE_CURRENT_SOURCE_DIR}/browser)
if(CLAIMGRAPH_NPM)
  add_custom_command(
    OUTPUT ${browser_stamp}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${browser_build}
    COMMAND ${CMAKE_COMMAND} -E copy ${browser_src}/package.json ${browser_src}/package-lock.json ${browser_build}
    COMMAND ${CLAIMGRAPH_NPM} ci --prefix ${browser_build} --no-audit --no-fund --ignore-scripts --prefer-offline
            --loglevel=error
    COMMAND ${CMAKE_COMMAND} -E touch ${browser_stamp}
    DEPENDS ${browser_src}/package.json ${browser_src}/package-lock.json
    COMMENT "Installing the browser tests' npm packages (playwright-core, mermaid)"
    VERBATIM)
  add_custom_target(claimgraph_browser_test_modules ALL DEPENDS ${browser_stamp})
endif()

set(node ${CLAIMGRAPH_NODE})
if(NOT node)
  set(node node)
endif()
set(out ${CLAIMGRAPH_FORMATS_OUT})
set(cytoscape_js ${CLAIMGRAPH_VIEWER_MODULES}/cytoscape/dist/cytoscape.min.js)
set(mermaid_js ${browser_build}/node_modules/mermaid/dist/mermaid.min.js)

function(claimgraph_browser_test name)
  add_test(NAME ${name}
           COMMAND ${CMAKE_COMMAND} -E env CG_TEST_MODULES=${browser_build}/node_modules
                   CG_CHROMIUM=${CLAIMGRAPH_CHROMIUM} ${node} ${ARGN}
           WORKING_DIRECTORY ${browser_src})
  # Chromium is heavy on a 2-core machine: one browser test at a time.
  set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED formats_outputs TIMEOUT 180 RESOURCE_LOCK chromium)
endfunction()

# The seed graph's page, with the screenshot kept in the test output.
claimgraph_browser_test(browser.viewer.kratom viewer.test.cjs ${out}/kratom.html ${out}/kratom.json
                        ${PROJECT_BINARY_DIR}/test-output/viewer.png)
claimgraph_browser_test(browser.viewer.awkward viewer.test.cjs ${out}/awkward.html ${out}/awkward.json)
claimgraph_browser_test(browser.viewer.large viewer.test.cjs ${out}/large.html ${out}/large.json)
claimgraph_browser_test(browser.cytoscape.kratom cytoscape.test.cjs ${out}/kratom.cyjs ${out}/kratom.json ${cytoscape_js})
claimgraph_browser_test(browser.cytoscape.awkward cytoscape.test.cjs ${out}/awkward.cyjs ${out}/awkward.json
                        ${cytoscape_js})
claimgraph_browser_test(browser.mermaid.kratom mermaid.test.cjs ${mermaid_js} ${out}/kratom.mmd ${out}/kratom.json)
claimgraph_browser_test(browser.mermaid.focus mermaid.test.cjs ${mermaid_js} ${out}/focus.mmd ${out}/focus.json)
claimgraph_browser_test(browser.mermaid.awkward mermaid.test.cjs ${mermaid_js} ${out}/awkward.mmd ${out}/awkward.json)
claimgraph_browser_test(browser.images images.test.cjs ${out}/kratom.svg ${out}/kratom.png ${out}/awkward.svg
                        ${out}/awkward.png ${out}/large.svg ${out}/large.png)
