/** Staff's view of the order workflow and email: steps by status, dead letters and their replay, over REST and in the back office (/admin/workflow.xhtml). */
package io.openshop.web.workflow;
