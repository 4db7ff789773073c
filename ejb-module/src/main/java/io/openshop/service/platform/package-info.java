/** What every capability stands on: schema migrations, demo data, health checks. */
package io.openshop.service.platform;
