/** Value objects and contracts shared by every capability (money, paging, domain exceptions). */
package io.openshop.domain.shared;
