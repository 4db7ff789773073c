/** The feeds' store in PostgreSQL: the catalog read once per generation, the files kept in feed_file. */
package io.openshop.service.feed.infrastructure;
