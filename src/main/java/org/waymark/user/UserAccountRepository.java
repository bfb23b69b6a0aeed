package org.waymark.user;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@EntityGraph(attributePaths = { "roles", "assignedProgrammes", "championedProgrammes" })
	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	@Query("select u.displayName from UserAccount u join u.assignedProgrammes p"
			+ " where p.id = :programmeId and u.enabled = true order by u.displayName")
	List<String> findLeadNames(long programmeId);

	/**
	 * Usernames (lower-cased) and display names of the accounts with the given usernames.
	 */
	@Query("select lower(u.username), u.displayName from UserAccount u where lower(u.username) in :usernames")
	List<Object[]> findDisplayNames(Collection<String> usernames);

}
