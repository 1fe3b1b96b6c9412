-- The dashboard's roll-ups (issue 9): the unfiltered dashboard walked whole indexes, about 8 row reads per request
-- ever made (2.2M per call at 100k open / 167k finished requests). These tables hold the figures already added up
-- per sector and country, kept in the business transaction by the dashboard's listeners (DashboardRollups), so a
-- call reads a few thousand rows whatever the history. No time dimension: a period filter is in the reader's own
-- time zone, so the dashboard answers it from the projections' statements as before (README, Dashboard).
-- Every increment is an INSERT ... ON DUPLICATE KEY UPDATE n = n + delta (MySQL 8, MariaDB and H2's MySQL mode).

-- Requests per sector, country and status. Every submission increments SUBMITTED of its sector and country, so
-- each group is striped over 8 slots (request id mod 8): concurrent submissions mostly touch different rows.
CREATE TABLE dashboard_request_count (
    sector_code  VARCHAR(48) NOT NULL,
    country_code CHAR(2)     NOT NULL,
    status       VARCHAR(20) NOT NULL,
    slot         SMALLINT    NOT NULL,
    requests     BIGINT      NOT NULL,
    PRIMARY KEY (sector_code, country_code, status, slot)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Requests per agency as lead or supporting, per sector and country of the request (lead is a reserved word on
-- MySQL 8: the column is as_lead).
CREATE TABLE dashboard_agency_count (
    agency_code  VARCHAR(32) NOT NULL,
    as_lead      BOOLEAN     NOT NULL,
    sector_code  VARCHAR(48) NOT NULL,
    country_code CHAR(2)     NOT NULL,
    requests     BIGINT      NOT NULL,
    PRIMARY KEY (agency_code, as_lead, sector_code, country_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Per reported stage, sector and country: the requests that left the stage and the sum of their seconds there
-- (stage_time's rows added up: the average).
CREATE TABLE dashboard_stage_total (
    stage        VARCHAR(20) NOT NULL,
    sector_code  VARCHAR(48) NOT NULL,
    country_code CHAR(2)     NOT NULL,
    requests     BIGINT      NOT NULL,
    seconds      BIGINT      NOT NULL,
    PRIMARY KEY (stage, sector_code, country_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The durations' buckets for the medians: one minute wide up to 20 minutes, then each 5% wider than the one
-- before, up to ten years (DurationBuckets computes the same bounds; DashboardRollupsIT checks they agree). The
-- median is the middle of its bucket: within 2.5% (or 30 seconds) of the exact one.
CREATE TABLE dashboard_duration_bucket (
    bucket        SMALLINT NOT NULL PRIMARY KEY,
    lower_seconds BIGINT   NOT NULL,
    upper_seconds BIGINT   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Per reported stage, sector, country and bucket: the requests whose time in the stage (the sum of their stays)
-- falls in the bucket.
CREATE TABLE dashboard_stage_histogram (
    stage        VARCHAR(20) NOT NULL,
    bucket       SMALLINT    NOT NULL,
    sector_code  VARCHAR(48) NOT NULL,
    country_code CHAR(2)     NOT NULL,
    requests     BIGINT      NOT NULL,
    PRIMARY KEY (stage, bucket, sector_code, country_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- a sector and country (or a sector) read their part only, in the order of the GROUP BY, from the index alone
CREATE INDEX idx_dashboard_histogram_sector ON dashboard_stage_histogram (sector_code, country_code, stage, bucket,
                                                                          requests);

-- The same histogram over every sector and country, for the dashboard without a filter: at most a few hundred rows
-- per stage whatever the number of sectors and countries (the table above has those times the sector and country
-- pairs: 17k rows at 20k open requests).
CREATE TABLE dashboard_stage_histogram_all (
    stage    VARCHAR(20) NOT NULL,
    bucket   SMALLINT    NOT NULL,
    requests BIGINT      NOT NULL,
    PRIMARY KEY (stage, bucket)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- MOUs per calendar year of their (latest) signing, per sector and country of the request.
CREATE TABLE dashboard_mou_year (
    signing_year INT         NOT NULL,
    sector_code  VARCHAR(48) NOT NULL,
    country_code CHAR(2)     NOT NULL,
    mous         BIGINT      NOT NULL,
    PRIMARY KEY (signing_year, sector_code, country_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE UNIQUE INDEX idx_duration_bucket_lower ON dashboard_duration_bucket (lower_seconds, bucket);

INSERT INTO dashboard_duration_bucket (bucket, lower_seconds, upper_seconds) VALUES
(0, 0, 60), (1, 60, 120), (2, 120, 180), (3, 180, 240),
(4, 240, 300), (5, 300, 360), (6, 360, 420), (7, 420, 480),
(8, 480, 540), (9, 540, 600), (10, 600, 660), (11, 660, 720),
(12, 720, 780), (13, 780, 840), (14, 840, 900), (15, 900, 960),
(16, 960, 1020), (17, 1020, 1080), (18, 1080, 1140), (19, 1140, 1200),
(20, 1200, 1260), (21, 1260, 1323), (22, 1323, 1389), (23, 1389, 1458),
(24, 1458, 1530), (25, 1530, 1606), (26, 1606, 1686), (27, 1686, 1770),
(28, 1770, 1858), (29, 1858, 1950), (30, 1950, 2047), (31, 2047, 2149),
(32, 2149, 2256), (33, 2256, 2368), (34, 2368, 2486), (35, 2486, 2610),
(36, 2610, 2740), (37, 2740, 2877), (38, 2877, 3020), (39, 3020, 3171),
(40, 3171, 3329), (41, 3329, 3495), (42, 3495, 3669), (43, 3669, 3852),
(44, 3852, 4044), (45, 4044, 4246), (46, 4246, 4458), (47, 4458, 4680),
(48, 4680, 4914), (49, 4914, 5159), (50, 5159, 5416), (51, 5416, 5686),
(52, 5686, 5970), (53, 5970, 6268), (54, 6268, 6581), (55, 6581, 6910),
(56, 6910, 7255), (57, 7255, 7617), (58, 7617, 7997), (59, 7997, 8396),
(60, 8396, 8815), (61, 8815, 9255), (62, 9255, 9717), (63, 9717, 10202),
(64, 10202, 10712), (65, 10712, 11247), (66, 11247, 11809), (67, 11809, 12399),
(68, 12399, 13018), (69, 13018, 13668), (70, 13668, 14351), (71, 14351, 15068),
(72, 15068, 15821), (73, 15821, 16612), (74, 16612, 17442), (75, 17442, 18314),
(76, 18314, 19229), (77, 19229, 20190), (78, 20190, 21199), (79, 21199, 22258),
(80, 22258, 23370), (81, 23370, 24538), (82, 24538, 25764), (83, 25764, 27052),
(84, 27052, 28404), (85, 28404, 29824), (86, 29824, 31315), (87, 31315, 32880),
(88, 32880, 34524), (89, 34524, 36250), (90, 36250, 38062), (91, 38062, 39965),
(92, 39965, 41963), (93, 41963, 44061), (94, 44061, 46264), (95, 46264, 48577),
(96, 48577, 51005), (97, 51005, 53555), (98, 53555, 56232), (99, 56232, 59043),
(100, 59043, 61995), (101, 61995, 65094), (102, 65094, 68348), (103, 68348, 71765),
(104, 71765, 75353), (105, 75353, 79120), (106, 79120, 83076), (107, 83076, 87229),
(108, 87229, 91590), (109, 91590, 96169), (110, 96169, 100977), (111, 100977, 106025),
(112, 106025, 111326), (113, 111326, 116892), (114, 116892, 122736), (115, 122736, 128872),
(116, 128872, 135315), (117, 135315, 142080), (118, 142080, 149184), (119, 149184, 156643),
(120, 156643, 164475), (121, 164475, 172698), (122, 172698, 181332), (123, 181332, 190398),
(124, 190398, 199917), (125, 199917, 209912), (126, 209912, 220407), (127, 220407, 231427),
(128, 231427, 242998), (129, 242998, 255147), (130, 255147, 267904), (131, 267904, 281299),
(132, 281299, 295363), (133, 295363, 310131), (134, 310131, 325637), (135, 325637, 341918),
(136, 341918, 359013), (137, 359013, 376963), (138, 376963, 395811), (139, 395811, 415601),
(140, 415601, 436381), (141, 436381, 458200), (142, 458200, 481110), (143, 481110, 505165),
(144, 505165, 530423), (145, 530423, 556944), (146, 556944, 584791), (147, 584791, 614030),
(148, 614030, 644731), (149, 644731, 676967), (150, 676967, 710815), (151, 710815, 746355),
(152, 746355, 783672), (153, 783672, 822855), (154, 822855, 863997), (155, 863997, 907196),
(156, 907196, 952555), (157, 952555, 1000182), (158, 1000182, 1050191), (159, 1050191, 1102700),
(160, 1102700, 1157835), (161, 1157835, 1215726), (162, 1215726, 1276512), (163, 1276512, 1340337),
(164, 1340337, 1407353), (165, 1407353, 1477720), (166, 1477720, 1551606), (167, 1551606, 1629186),
(168, 1629186, 1710645), (169, 1710645, 1796177), (170, 1796177, 1885985), (171, 1885985, 1980284),
(172, 1980284, 2079298), (173, 2079298, 2183262), (174, 2183262, 2292425), (175, 2292425, 2407046),
(176, 2407046, 2527398), (177, 2527398, 2653767), (178, 2653767, 2786455), (179, 2786455, 2925777),
(180, 2925777, 3072065), (181, 3072065, 3225668), (182, 3225668, 3386951), (183, 3386951, 3556298),
(184, 3556298, 3734112), (185, 3734112, 3920817), (186, 3920817, 4116857), (187, 4116857, 4322699),
(188, 4322699, 4538833), (189, 4538833, 4765774), (190, 4765774, 5004062), (191, 5004062, 5254265),
(192, 5254265, 5516978), (193, 5516978, 5792826), (194, 5792826, 6082467), (195, 6082467, 6386590),
(196, 6386590, 6705919), (197, 6705919, 7041214), (198, 7041214, 7393274), (199, 7393274, 7762937),
(200, 7762937, 8151083), (201, 8151083, 8558637), (202, 8558637, 8986568), (203, 8986568, 9435896),
(204, 9435896, 9907690), (205, 9907690, 10403074), (206, 10403074, 10923227), (207, 10923227, 11469388),
(208, 11469388, 12042857), (209, 12042857, 12644999), (210, 12644999, 13277248), (211, 13277248, 13941110),
(212, 13941110, 14638165), (213, 14638165, 15370073), (214, 15370073, 16138576), (215, 16138576, 16945504),
(216, 16945504, 17792779), (217, 17792779, 18682417), (218, 18682417, 19616537), (219, 19616537, 20597363),
(220, 20597363, 21627231), (221, 21627231, 22708592), (222, 22708592, 23844021), (223, 23844021, 25036222),
(224, 25036222, 26288033), (225, 26288033, 27602434), (226, 27602434, 28982555), (227, 28982555, 30431682),
(228, 30431682, 31953266), (229, 31953266, 33550929), (230, 33550929, 35228475), (231, 35228475, 36989898),
(232, 36989898, 38839392), (233, 38839392, 40781361), (234, 40781361, 42820429), (235, 42820429, 44961450),
(236, 44961450, 47209522), (237, 47209522, 49569998), (238, 49569998, 52048497), (239, 52048497, 54650921),
(240, 54650921, 57383467), (241, 57383467, 60252640), (242, 60252640, 63265272), (243, 63265272, 66428535),
(244, 66428535, 69749961), (245, 69749961, 73237459), (246, 73237459, 76899331), (247, 76899331, 80744297),
(248, 80744297, 84781511), (249, 84781511, 89020586), (250, 89020586, 93471615), (251, 93471615, 98145195),
(252, 98145195, 103052454), (253, 103052454, 108205076), (254, 108205076, 113615329), (255, 113615329, 119296095),
(256, 119296095, 125260899), (257, 125260899, 131523943), (258, 131523943, 138100140), (259, 138100140, 145005147),
(260, 145005147, 152255404), (261, 152255404, 159868174), (262, 159868174, 167861582), (263, 167861582, 176254661),
(264, 176254661, 185067394), (265, 185067394, 194320763), (266, 194320763, 204036801), (267, 204036801, 214238641),
(268, 214238641, 224950573), (269, 224950573, 236198101), (270, 236198101, 248008006), (271, 248008006, 260408406),
(272, 260408406, 273428826), (273, 273428826, 287100267), (274, 287100267, 301455280), (275, 301455280, 9223372036854775807);
