/** What the shop knows about itself for its operators: the incidents its instances logged. */
package io.openshop.domain.platform;
