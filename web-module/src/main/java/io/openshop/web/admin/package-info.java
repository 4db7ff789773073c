/** Back-office pages for staff. */
package io.openshop.web.admin;
