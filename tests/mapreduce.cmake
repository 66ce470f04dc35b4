# The map (extract) and reduce (merge) steps, on their own, under GNU parallel,
# and as tasks on a Dask distributed LocalCluster.
add_test(NAME cli.map_reduce
         COMMAND ${CMAKE_COMMAND} -E env CLAIMGRAPH=$<TARGET_FILE:claimgraph>
                 bash ${PROJECT_SOURCE_DIR}/tests/cli/map_reduce.sh ${PROJECT_SOURCE_DIR})
# /usr/bin/python3 sees Debian's python3-distributed; another python3 on the PATH may not.
add_test(NAME dask.map_reduce
         COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/tests/dask_map_reduce.py $<TARGET_FILE:claimgraph>
                 ${PROJECT_SOURCE_DIR}/examples/kratom/articles)
set_tests_properties(dask.map_reduce PROPERTIES SKIP_RETURN_CODE 77)
