# Hostile input, faults and interruptions (tests/hostile/, tests/fuzz/).

# Every fuzz target built with a plain main() that replays its seed corpus and
# every input a fuzzer ever crashed on (tests/fuzz/regressions/<target>/), so
# they run as ordinary tests with any compiler, sanitizer builds included. The
# libFuzzer builds themselves are tests/fuzz/CMakeLists.txt (clang only).
if(NOT CLAIMGRAPH_BUILD_FUZZERS)
  set(CLAIMGRAPH_FUZZ_DIR ${PROJECT_SOURCE_DIR}/tests/fuzz)
  foreach(name extract html plain_text jsonl lexicon claims)
    add_executable(fuzz_replay_${name} ${CLAIMGRAPH_FUZZ_DIR}/fuzz_${name}.cpp ${CLAIMGRAPH_FUZZ_DIR}/replay_main.cpp)
    target_link_libraries(fuzz_replay_${name} PRIVATE claimgraph::extract claimgraph::graph claimgraph_warnings)
    target_compile_definitions(fuzz_replay_${name} PRIVATE CLAIMGRAPH_DATA_DIR="${PROJECT_SOURCE_DIR}/data")
    add_test(NAME fuzz.replay.${name}
             COMMAND fuzz_replay_${name} ${CLAIMGRAPH_FUZZ_DIR}/corpus/${name} ${CLAIMGRAPH_FUZZ_DIR}/regressions/${name})
  endforeach()
endif()

# The command line against hostile files, faults and signals (tests/hostile/run.py).
# Exit 77 is a skip: offsets until cli/main.cpp maps them, full-disk where no
# tmpfs can be mounted.
find_program(CLAIMGRAPH_PYTHON3 python3 REQUIRED)
set(CLAIMGRAPH_HOSTILE ${PROJECT_SOURCE_DIR}/tests/hostile)
# Sanitizer and debug builds extract several times slower: a smaller corpus for the signals.
if(CLAIMGRAPH_SANITIZE OR CMAKE_BUILD_TYPE STREQUAL "Debug")
  set(CLAIMGRAPH_HOSTILE_SCALE 0.25)
else()
  set(CLAIMGRAPH_HOSTILE_SCALE 1)
endif()
foreach(suite inputs offsets outputs full-disk signals)
  string(REPLACE "-" "_" test_name ${suite})
  add_test(NAME hostile.${test_name}
           COMMAND ${CLAIMGRAPH_PYTHON3} ${CLAIMGRAPH_HOSTILE}/run.py $<TARGET_FILE:claimgraph> ${suite}
                   --scale ${CLAIMGRAPH_HOSTILE_SCALE})
  set_tests_properties(hostile.${test_name} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 900)
endforeach()
set_tests_properties(hostile.signals PROPERTIES RUN_SERIAL TRUE)

# Pathological text (a long single line, a sentence without end, thousands of
# mentions, deep HTML) against ordinary text of the same size: time by ratio
# (< 5x), memory bounded. Timing-sensitive, so it runs alone.
add_test(NAME hostile.pathological
         COMMAND ${CLAIMGRAPH_PYTHON3} ${CLAIMGRAPH_HOSTILE}/pathological.py $<TARGET_FILE:claimgraph>)
set_tests_properties(hostile.pathological PROPERTIES RUN_SERIAL TRUE TIMEOUT 1800)
