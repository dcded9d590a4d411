package de.kommunalpilot.municipalities;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MunicipalityRepository extends JpaRepository<Municipality, UUID> {

	Optional<Municipality> findByAgs(String ags);

	/** Municipality name, contact name and address of every contact with an e-mail address, in one query. */
	@Query("select m.name, c.name, c.email from Municipality m join m.contacts c where c.email is not null and c.email <> '' order by m.name")
	List<Object[]> contactsWithEmail();

	@Query("""
			select m from Municipality m
			where (:districtKey is null or m.districtKey = :districtKey)
			  and (:text is null or lower(m.name) like lower(concat('%', cast(:text as string), '%')) or m.ags like concat(cast(:text as string), '%'))
			""")
	Page<Municipality> search(String districtKey, String text, Pageable pageable);

	@Query("""
			select m from Municipality m
			where m.id in :ids and (:districtKey is null or m.districtKey = :districtKey)
			  and (:text is null or lower(m.name) like lower(concat('%', cast(:text as string), '%')) or m.ags like concat(cast(:text as string), '%'))
			""")
	Page<Municipality> searchAmong(java.util.Collection<java.util.UUID> ids, String districtKey, String text, Pageable pageable);

	/** The register for staff: active entries by district, region, Agenda-2030 status, among ids, by name, postcode or key. */
	@Query("""
			select m from Municipality m
			where m.active
			  and (:districtKey is null or m.districtKey = :districtKey)
			  and (:region is null or m.districtKey in (select d.key from District d where d.administrativeRegion = :region))
			  and (:status is null or m.agenda2030Status = :status)
			  and (:anyId = false or m.id in :ids)
			  and (:text is null or lower(m.name) like lower(concat('%', cast(:text as string), '%'))
			       or m.postcode like concat(cast(:text as string), '%') or m.ags like concat(cast(:text as string), '%'))
			""")
	Page<Municipality> register(String districtKey, String region, Agenda2030Status status, boolean anyId,
			java.util.Collection<UUID> ids, String text, Pageable pageable);

	@Query("select m from Municipality m where m.active and m.latitude is not null")
	List<Municipality> placed();
}
