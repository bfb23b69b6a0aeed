package org.waymark.user;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@EntityGraph(attributePaths = { "roles", "assignedProgrammes", "championedProgrammes" })
	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	@EntityGraph(attributePaths = { "roles", "assignedProgrammes", "championedProgrammes" })
	Optional<UserAccount> findWithAccessById(long id);

	boolean existsByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCaseAndIdNot(String username, long id);

	/**
	 * Every account with its roles and the programmes (and their plans) it leads and
	 * champions, in one statement: for the list of users.
	 */
	@Query("select distinct u from UserAccount u left join fetch u.roles left join fetch u.assignedProgrammes a"
			+ " left join fetch a.plan left join fetch u.championedProgrammes c left join fetch c.plan"
			+ " order by u.displayName, u.id")
	List<UserAccount> findAllWithAccess();

	@Query("select u.displayName from UserAccount u join u.assignedProgrammes p"
			+ " where p.id = :programmeId and u.enabled = true order by u.displayName")
	List<String> findLeadNames(long programmeId);

	/**
	 * The enabled leads assigned to any of the programmes: programme id, display name and
	 * username (the email address), one row per programme and lead.
	 */
	@Query("select p.id, u.displayName, u.username from UserAccount u join u.assignedProgrammes p"
			+ " where p.id in :programmeIds and u.enabled = true and :role member of u.roles"
			+ " order by p.id, u.displayName")
	List<Object[]> findContactsAssignedTo(Collection<Long> programmeIds, Role role);

	/**
	 * Which of the programmes have at least one enabled account assigned with the role.
	 */
	@Query("select distinct p.id from UserAccount u join u.assignedProgrammes p"
			+ " where p.id in :programmeIds and u.enabled = true and :role member of u.roles")
	Set<Long> findProgrammesAssignedTo(Collection<Long> programmeIds, Role role);

	/** The enabled accounts with the role: display name and username, by name. */
	@Query("select u.displayName, u.username from UserAccount u where u.enabled = true and :role member of u.roles"
			+ " order by u.displayName")
	List<Object[]> findContactsWithRole(Role role);

	/**
	 * Usernames (lower-cased) and display names of the accounts with the given usernames.
	 */
	@Query("select lower(u.username), u.displayName from UserAccount u where lower(u.username) in :usernames")
	List<Object[]> findDisplayNames(Collection<String> usernames);

}
