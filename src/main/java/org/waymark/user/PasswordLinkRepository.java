package org.waymark.user;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Optional;

interface PasswordLinkRepository extends JpaRepository<PasswordLink, Long> {

	@Query("select l from PasswordLink l join fetch l.account a left join fetch a.roles where l.tokenHash = :tokenHash")
	Optional<PasswordLink> findByTokenHash(String tokenHash);

	/** Ends the person's links not yet used: a newer link replaces them. */
	@Modifying(flushAutomatically = true)
	@Query("update PasswordLink l set l.usedAt = :now where l.account.id = :userId and l.usedAt is null")
	int endUnused(long userId, Instant now);

}
