-- The travelling SDG exhibition: its panels, the kits that are lent out, loans and their bookings.
-- btree_gist lets the exclusion constraint compare kit ids with "=" (a trusted extension since PostgreSQL 13).
create extension if not exists btree_gist;

create table exhibition_panel (
    id          uuid          not null primary key,
    code        varchar(20)   not null unique,
    sdg         integer       not null check (sdg between 1 and 17),
    title       varchar(200)  not null,
    description text          not null,
    position    integer       not null
);

create table exhibition_kit (
    id          uuid          not null primary key,
    code        varchar(20)   not null unique,
    name        varchar(200)  not null,
    description text          not null,
    active      boolean       not null
);

create table exhibition_kit_panel (
    kit_id   uuid not null references exhibition_kit (id) on delete cascade,
    panel_id uuid not null references exhibition_panel (id),
    primary key (kit_id, panel_id)
);

create table exhibition_loan (
    id                 uuid          not null primary key,
    reference          varchar(20)   not null unique,
    status             varchar(30)   not null,
    municipality_id    uuid          not null,
    municipality_name  varchar(200)  not null,
    organisation       varchar(200),
    venue              varchar(300)  not null,
    delivery_address   varchar(1000) not null,
    contact_name       varchar(200)  not null,
    contact_email      varchar(320)  not null,
    contact_phone      varchar(50),
    message            text,
    requested_from     date          not null,
    requested_until    date          not null,
    preferred_kit_id   uuid          references exhibition_kit (id),
    kit_id             uuid          references exhibition_kit (id),
    alternative_from   date,
    alternative_until  date,
    alternative_kit_id uuid          references exhibition_kit (id),
    decline_reason     text,
    shipped_on         date,
    carrier            varchar(200),
    tracking_number    varchar(200),
    returned_on        date,
    damaged            boolean,
    damage_description text,
    damage_settlement  text,
    damage_cost        numeric(10, 2),
    cancellation_reason text,
    created_by         varchar(64),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint        not null,
    check (requested_until >= requested_from)
);

create index exhibition_loan_status_idx on exhibition_loan (status);

-- The period a kit is away: the loan period plus the shipping buffer on both sides. No two bookings of one
-- kit may overlap; the database refuses the second one even when two requests arrive at the same moment.
create table exhibition_booking (
    loan_id  uuid      not null primary key references exhibition_loan (id) on delete cascade,
    kit_id   uuid      not null references exhibition_kit (id),
    blocked  daterange not null,
    constraint exhibition_booking_no_overlap exclude using gist (kit_id with =, blocked with &&)
);

-- panels, one per SDG focus
insert into exhibition_panel (id, code, sdg, title, description, position) values
('6b0c2f61-2a6e-4d0c-9f0d-000000000001', 'T-01', 1, 'Keine Armut: Rücküberweisungen und Mikrokredite', 'Wie Migrant*innen mit Geldtransfers Familien und Gemeinden in den Herkunftsländern stärken – und was Kommunen hier beitragen können.', 1),
('6b0c2f61-2a6e-4d0c-9f0d-000000000002', 'T-02', 2, 'Kein Hunger: Gemeinschaftsgärten und Ernährungswissen', 'Interkulturelle Gärten verbinden Anbauwissen aus aller Welt mit regionaler Versorgung.', 2),
('6b0c2f61-2a6e-4d0c-9f0d-000000000003', 'T-03', 3, 'Gesundheit: Gesundheitslots*innen', 'Mehrsprachige Lots*innen öffnen den Zugang zum Gesundheitssystem.', 3),
('6b0c2f61-2a6e-4d0c-9f0d-000000000004', 'T-04', 4, 'Hochwertige Bildung: Globales Lernen', 'Migrant*innen gestalten Bildung für nachhaltige Entwicklung in Schulen und Volkshochschulen.', 4),
('6b0c2f61-2a6e-4d0c-9f0d-000000000005', 'T-05', 5, 'Geschlechtergleichheit: Frauen in Führung', 'Migrantische Frauenorganisationen als Partnerinnen der Kommune.', 5),
('6b0c2f61-2a6e-4d0c-9f0d-000000000006', 'T-06', 6, 'Sauberes Wasser: Partnerschaften für Wasser', 'Kommunale Wasserpartnerschaften mit Städten im Globalen Süden.', 6),
('6b0c2f61-2a6e-4d0c-9f0d-000000000007', 'T-07', 7, 'Saubere Energie: Solarprojekte in Partnerstädten', 'Energiewissen teilen – von Baden-Württemberg bis Burkina Faso.', 7),
('6b0c2f61-2a6e-4d0c-9f0d-000000000008', 'T-08', 8, 'Menschenwürdige Arbeit: Migrantisches Unternehmertum', 'Gründungen von Migrant*innen schaffen Arbeitsplätze hier und dort.', 8),
('6b0c2f61-2a6e-4d0c-9f0d-000000000009', 'T-09', 9, 'Innovation: Digitale Brücken', 'Digitale Werkzeuge für den Austausch zwischen Partnerkommunen.', 9),
('6b0c2f61-2a6e-4d0c-9f0d-000000000010', 'T-10', 10, 'Weniger Ungleichheiten: Teilhabe vor Ort', 'Integrationsräte und Beiräte gestalten kommunale Entwicklungspolitik mit.', 10),
('6b0c2f61-2a6e-4d0c-9f0d-000000000011', 'T-11', 11, 'Nachhaltige Städte: Eine Stadt für alle', 'Quartiersarbeit, die Vielfalt als Stärke nutzt.', 11),
('6b0c2f61-2a6e-4d0c-9f0d-000000000012', 'T-12', 12, 'Konsum und Produktion: Fairer Handel', 'Faire Beschaffung in der Verwaltung und Fairtrade-Towns.', 12),
('6b0c2f61-2a6e-4d0c-9f0d-000000000013', 'T-13', 13, 'Klimaschutz: Klimapartnerschaften', 'Kommunale Klimapartnerschaften mit Diaspora-Organisationen.', 13),
('6b0c2f61-2a6e-4d0c-9f0d-000000000014', 'T-14', 14, 'Leben unter Wasser: Meere ohne Plastik', 'Vom Bodensee bis zum Golf von Guinea: Müll vermeiden.', 14),
('6b0c2f61-2a6e-4d0c-9f0d-000000000015', 'T-15', 15, 'Leben an Land: Biologische Vielfalt', 'Streuobstwiesen, Saatgut und Wissen aus vielen Ländern.', 15),
('6b0c2f61-2a6e-4d0c-9f0d-000000000016', 'T-16', 16, 'Frieden und Institutionen: Dialog und Beteiligung', 'Migrantische Vereine als Brücke für Frieden und gute Verwaltung.', 16),
('6b0c2f61-2a6e-4d0c-9f0d-000000000017', 'T-17', 17, 'Partnerschaften: Zusammendenken und Zusammenführen', 'Wie Kommunen, Migrant*innen und entwicklungspolitische Akteure gemeinsam wirken.', 17);

insert into exhibition_kit (id, code, name, description, active) values
('7c1d3a72-3b7f-4e1d-8a1e-00000000000a', 'SET-A', 'Ausstellungsset A (alle 17 Tafeln)', 'Die vollständige Ausstellung mit 17 Roll-ups (je 85 × 200 cm), Begleitheft und Transportkisten.', true),
('7c1d3a72-3b7f-4e1d-8a1e-00000000000b', 'SET-B', 'Ausstellungsset B (alle 17 Tafeln)', 'Ein zweites vollständiges Set, gleich ausgestattet wie Set A.', true),
('7c1d3a72-3b7f-4e1d-8a1e-00000000000c', 'KOMPAKT', 'Kompaktset (6 Tafeln)', 'Sechs Tafeln für kleinere Räume, z. B. Rathausfoyers und Bibliotheken.', true);

insert into exhibition_kit_panel (kit_id, panel_id)
select k.id, p.id from exhibition_kit k cross join exhibition_panel p where k.code in ('SET-A', 'SET-B');

insert into exhibition_kit_panel (kit_id, panel_id)
select k.id, p.id from exhibition_kit k join exhibition_panel p on p.code in ('T-04', 'T-10', 'T-11', 'T-12', 'T-13', 'T-17')
where k.code = 'KOMPAKT';
