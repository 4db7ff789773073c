/** Business services: one stateless boundary per capability, one container transaction per use case. */
package io.openshop.service;
