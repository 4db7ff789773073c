/**
 * Tests of the shop as a cluster: two instances of a Payara deployment group behind haproxy, made
 * by {@code ./shop cluster up}. They are not part of {@code mvn verify}: payara-config/test/cluster-test.sh
 * brings the cluster up and runs them against it (README, "Cluster tests"); they kill instances.
 */
package io.openshop.systemtest.cluster;
