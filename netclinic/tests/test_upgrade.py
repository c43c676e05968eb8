"""A database made by the release before the content core migrates and loads with nothing lost.

data/main-before-content-core.sql.gz is an SQLite dump of a database that main (d4ec98f,
when the core still lived in the netclinic package) made with `migrate` and
`load_content`, after which staff renamed a department, corrected a right's title,
deleted a medicine, added a physician and an editor, and gave the clinic an e-mail
address. This release must migrate it and load the seed with nothing lost, nothing
duplicated and nothing deleted brought back.
"""

import gzip
import sqlite3
from importlib import import_module
from pathlib import Path

import pytest

from content.testing.commands import manage as run_manage
from content.testing.commands import sqlite_columns, sqlite_rows

DUMP = Path(__file__).parent / "data" / "main-before-content-core.sql.gz"
# Tables whose rows this upgrade rewrites on purpose; every other row stays as it was.
REWRITTEN = {
    "django_migrations",  # the content core's migrations are added
    "django_content_type",  # the core's two models move from netclinic to content
    "netclinic_seedrecord",  # records take stable keys and link what they made
    "netclinic_contentversion",  # moves on after the load
    "search_searchdocument",  # rebuilt after the load
    "sqlite_sequence",  # SQLite's own counters of the ids above
}


def manage(db: Path, *command: str) -> str:
    return run_manage({"DATABASE_URL": f"sqlite:///{db}"}, *command).stdout


@pytest.fixture(scope="module")
def upgrade(tmp_path_factory):
    db = tmp_path_factory.mktemp("upgrade") / "db.sqlite3"
    with sqlite3.connect(db) as connection:
        connection.executescript(gzip.decompress(DUMP.read_bytes()).decode())
    before, columns = sqlite_rows(db), sqlite_columns(db)
    migrated = manage(db, "migrate", "--noinput")
    loaded = manage(db, "load_content")
    after = sqlite_rows(db, columns)  # the columns each table had (new ones are checked apart)
    return {"db": db, "before": before, "after": after, "migrated": migrated, "loaded": loaded, "columns": columns}


def query(upgrade, sql: str) -> list[tuple]:
    with sqlite3.connect(upgrade["db"]) as connection:
        return list(connection.execute(sql))


def test_only_the_content_cores_migrations_run(upgrade):
    applied = [line.strip() for line in upgrade["migrated"].splitlines() if line.strip().startswith("Applying")]
    assert sorted(applied) == [
        # The appointments page, the privacy policy and patients' requests: new tables only.
        "Applying appointments.0001_initial... OK",
        "Applying appointments.0002_correct_seed_texts... OK",
        # The request form's key, so a request sent twice is stored once: a new, empty column.
        "Applying appointments.0003_submission_key... OK",
        # What to bring starts with a photo ID; emergencies to 119: seed texts, where unchanged.
        "Applying appointments.0004_identity_check_and_emergencies... OK",
        # The consent's refusal text offers the IHS e-mail to someone abroad (issue 25).
        "Applying appointments.0005_consent_refusal_abroad... OK",
        # The reply may be asked in six languages: choices only, no change to the table.
        "Applying appointments.0006_reply_in_six_languages... OK",
        # Texts for patients abroad refuse a 15xx/16xx number: validators only, no change to the table.
        "Applying appointments.0007_international_text_no_nationwide_number... OK",
        # Every text in Russian, Chinese, Arabic and Mongolian too: new columns, empty (issue 25).
        "Applying appointments.0008_four_more_languages... OK",
        # Who approved a medical text last: a new, empty column.
        "Applying clinic.0004_reviewed_by... OK",
        # Whether pages show who reviewed them: off, as before.
        "Applying clinic.0005_clinic_show_reviewed_by... OK",
        # Other names patients search for: new columns, filled from the seed where empty.
        "Applying clinic.0006_other_names... OK",
        "Applying clinic.0007_seed_other_names... OK",
        "Applying clinic.0008_correct_seed_texts... OK",
        # Review dates only when a reviewer gave them: the columns may be empty, and the
        # loader's stamps are removed (with a history entry).
        "Applying clinic.0009_review_only_when_reviewed... OK",
        "Applying clinic.0010_remove_review_stamps_nobody_gave... OK",
        # Seed texts for patients: changed only where they are still the old seed text.
        "Applying clinic.0011_patient_education_seed_texts... OK",
        # One Korean spelling of pasireotide (파시레오티드), the other a second name: likewise.
        "Applying clinic.0012_pasireotide_spelling... OK",
        "Applying clinic.0013_international_text_no_nationwide_number... OK",
        "Applying clinic.0014_four_more_languages... OK",
        "Applying content.0001_initial... OK",
        "Applying content.0002_seedrecord_item... OK",
        # Drafts and the audit log: new tables only.
        "Applying content.0003_governance... OK",
        # Translations marked out of date: a new, empty table.
        "Applying content.0004_outdated_translation... OK",
        # Deletion requests, a draft's base for merging, what an audit entry changed: new columns.
        "Applying content.0005_review_every_path... OK",
        # Translators' approvals and the seed's translations waiting for them; languages as permissions.
        "Applying content.0006_translation_review... OK",
        # The international patients page (issue 25): a new table and its history.
        "Applying international.0001_initial... OK",
        "Applying international.0002_four_more_languages... OK",
        # Recovery codes for two-factor sign-in: django-otp's own app, new tables only.
        "Applying otp_static.0001_initial... OK",
        "Applying otp_static.0002_throttling... OK",
        "Applying otp_static.0003_add_timestamps... OK",
        "Applying rights.0003_other_names... OK",
        "Applying rights.0004_seed_other_names... OK",
        "Applying rights.0005_correct_seed_texts... OK",
        "Applying rights.0006_four_more_languages... OK",
        # The search index keeps terms; the searches report: a new, empty table.
        "Applying search.0002_ranked_index... OK",
        # Each page's parts, for results that link to the section that matched.
        "Applying search.0003_document_parts... OK",
    ]


def test_loading_creates_nothing_and_keeps_every_seeded_item(upgrade):
    # The two new singletons (the appointments page, the privacy policy) are created once.
    # New seed items reach an existing site once: the two singletons (the appointments page,
    # the privacy policy) and the patient education (issue 24): 7 sections of the NETs page,
    # 4 glossary terms and the radioligand therapy page; and the international patients page (issue 25).
    assert "Content loaded: 15 items created, 84 already there." in upgrade["loaded"]
    assert "Content loaded: 0 items created, 99 already there." in manage(upgrade["db"], "load_content")
    # The seed's translations reach the items the site already had, in new columns only.
    assert "Seed translations written into" in upgrade["loaded"]
    assert query(upgrade, "SELECT count(*) FROM clinic_page WHERE title_ru IS NOT NULL") != [(0,)]


# Columns this upgrade rewrites on purpose: review dates the loader made, not a reviewer
# (clinic.0010; test_review_stamps_nobody_gave_are_removed_with_a_history_entry).
REVIEW_COLUMNS = {"last_reviewed", "next_review_due"}
REVIEW_STAMP_REMOVED = "Review dates removed: set by the content loader, not by a Medical reviewer."
# (content/seed_translations.py; a developer's machine: in production they wait for a translator.)
SEED_TRANSLATION = "Seed translation (not yet reviewed)"
# ... and the seed texts clinic.0011 and 0012 correct where they are still the old seed text.
EDUCATION_COLUMNS = {
    column
    for migration in ("0011_patient_education_seed_texts", "0012_pasireotide_spelling")
    for columns in import_module(f"clinic.migrations.{migration}").CHANGES.values()
    for column in columns
}
# Tables that the load adds the new seed items to (and their history).
NEW_SEED_TABLES = {"clinic_section", "clinic_glossaryterm", "clinic_treatmentapproach"}


def without_review_dates(upgrade, key: str) -> dict[str, set[tuple]]:
    columns = upgrade["columns"]  # the columns each table had: both row sets are read in that order
    masked = {}
    for table, rows in upgrade[key].items():
        names = columns.get(table, [])
        drop = {i for i, name in enumerate(names) if name in REVIEW_COLUMNS | EDUCATION_COLUMNS}
        masked[table] = {tuple(v for i, v in enumerate(row) if i not in drop) for row in rows} if drop else rows
    return masked


def test_review_stamps_nobody_gave_are_removed_with_a_history_entry(upgrade):
    for table in ("clinic_department", "clinic_treatment", "clinic_page"):
        assert query(upgrade, f"SELECT count(*) FROM {table} WHERE last_reviewed IS NOT NULL") == [(0,)]  # noqa: S608
        assert query(upgrade, f"SELECT count(*) FROM {table}") != [(0,)]  # noqa: S608
    reason = "Review dates removed: set by the content loader, not by a Medical reviewer."
    cleared = query(
        upgrade, f"SELECT count(*) FROM clinic_historicaldepartment WHERE history_change_reason = '{reason}'"
    )  # noqa: S608
    assert cleared == query(upgrade, "SELECT count(*) FROM clinic_department")


def test_every_row_staff_had_is_still_there_unchanged(upgrade):
    before, after = without_review_dates(upgrade, "before"), without_review_dates(upgrade, "after")
    assert sum(len(r) for t, r in before.items() if t not in REWRITTEN) > 300  # the dump holds real content
    for table, old_rows in before.items():
        if table in REWRITTEN:
            continue
        assert old_rows <= after[table], f"{table} lost {len(old_rows - after[table])} rows"
        new = {r for r in after[table] if r not in old_rows}
        if table == "auth_group_permissions":  # roles given the permissions of new models only
            old_permissions = {row[0] for row in before["auth_permission"]}
            old_groups = {row[0] for row in before["auth_group"]}
            new = {r for r in new if r[2] in old_permissions and r[1] in old_groups}
        if table.startswith("clinic_historical"):  # the history entries of removed review stamps
            new = {r for r in new if REVIEW_STAMP_REMOVED not in r}
        if "_historical" in table:  # the entries of the seed's translations, written into new columns
            new = {r for r in new if SEED_TRANSLATION not in r}
        if (
            table in NEW_SEED_TABLES
            or table.replace("historical", "") in NEW_SEED_TABLES
            or table.startswith("clinic_historical")
        ):  # new items (and history entries) never replace an old row: their ids are new
            old_ids = {row[0] for row in old_rows}
            new = {r for r in new if r[0] in old_ids and not table.startswith("clinic_historical")}
        if table == "auth_group":  # the new roles, Medical reviewers and Patient coordinators
            new = {r for r in new if r[1] not in ("Medical reviewers", "Patient coordinators")}
        assert table.startswith("auth_permission") or not new, f"{table} gained {new}"


def test_new_columns_start_empty(upgrade):
    assert query(upgrade, "SELECT count(*) FROM clinic_department WHERE reviewed_by_id IS NOT NULL") == [(0,)]


def test_staff_edits_and_deletions_stand(upgrade):
    assert query(upgrade, "SELECT name_en FROM clinic_department WHERE slug = 'radiology'") == [
        ("Radiology (edited by staff)",)
    ]
    assert query(upgrade, "SELECT count(*) FROM clinic_treatment WHERE name_en = 'Sunitinib'") == [(0,)]
    assert query(upgrade, "SELECT count(*) FROM clinic_treatment WHERE name_en = 'Everolimus'") == [(1,)]
    assert query(upgrade, "SELECT count(*) FROM rights_provision") == [(9,)]
    assert query(upgrade, "SELECT count(*) FROM rights_provision WHERE title_en LIKE '%(corrected by staff)'") == [(1,)]
    assert query(upgrade, "SELECT email FROM clinic_clinic") == [("net-clinic@example.org",)]


def test_seed_records_keep_their_rows_and_now_know_what_they_made(upgrade):
    old = {(r[0], r[2]) for r in upgrade["before"]["netclinic_seedrecord"]}  # (id, loaded_at)
    new = query(upgrade, "SELECT id, key, loaded_at, object_id FROM netclinic_seedrecord")
    assert {(r[0], r[2]) for r in new if r[0] in {o[0] for o in old}} == old and len(new) == 99
    assert all(":" in key and "=" not in key for _id, key, _at, _obj in new)
    # The deleted medicine's record stays, linked to nothing: it is never loaded again.
    assert [r[3] for r in new if r[1] == "clinic.treatment:medicines/sunitinib"] == [None]
    # The old records found items by their English title: the right whose title staff
    # corrected cannot be told from its record, so that record links nothing either. The
    # right itself is kept (above), and, recorded, is never loaded twice.
    unlinked = sorted(r[1] for r in new if r[3] is None)
    assert len(unlinked) == 2 and unlinked[0].startswith("clinic.treatment:") and unlinked[1].startswith("rights.")


def test_the_cores_content_types_move_with_their_permissions(upgrade):
    moved = query(
        upgrade, "SELECT app_label, model FROM django_content_type WHERE model IN ('seedrecord', 'contentversion')"
    )
    assert sorted(moved) == [("content", "contentversion"), ("content", "seedrecord")]
    permissions = query(
        upgrade,
        "SELECT count(*) FROM auth_permission p JOIN django_content_type c ON p.content_type_id = c.id "
        "WHERE c.app_label = 'content'",
    )
    # 8 of the core's two tables before, the drafts' and audit log's, and (issue 25) the
    # translation reviews' and waiting translations' 8 with the 6 languages' (translate_ko … translate_mn).
    assert permissions == [(36,)]
