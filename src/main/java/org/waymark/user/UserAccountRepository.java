package org.waymark.user;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@EntityGraph(attributePaths = { "roles", "assignedProgrammes", "championedProgrammes" })
	Optional<UserAccount> findByUsernameIgnoreCase(String username);

}
