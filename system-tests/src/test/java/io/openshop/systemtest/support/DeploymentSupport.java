package io.openshop.systemtest.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The shop's EAR exactly as the build made it; in-container tests ride along in its WAR. */
public final class DeploymentSupport {

    public static final String WAR = "web-module.war";

    private DeploymentSupport() {
    }

    public static EnterpriseArchive shopEar(Class<?>... testClasses) {
        File file = new File(System.getProperty("shop.ear", "../ear/target/shop.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("The EAR to test is missing at " + file.getAbsolutePath()
                    + ": build it first (mvn verify from the project root does).");
        }
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
        if (testClasses.length > 0) {
            ear.getAsType(WebArchive.class, WAR).addClasses(testClasses);
            try {
                SharedDeployment.release(); // this EAR takes the shop's context root
            } catch (Exception e) {
                throw new IllegalStateException("Could not undeploy the shared deployment", e);
            }
        }
        return ear;
    }
}
