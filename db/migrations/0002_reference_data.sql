INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11', 'Aceh', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12', 'Sumatera Utara', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13', 'Sumatera Barat', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('14', 'Riau', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('15', 'Jambi', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16', 'Sumatera Selatan', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('17', 'Bengkulu', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18', 'Lampung', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('19', 'Kepulauan Bangka Belitung', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('21', 'Kepulauan Riau', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('31', 'Daerah Khusus Ibukota Jakarta', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32', 'Jawa Barat', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33', 'Jawa Tengah', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('34', 'Daerah Istimewa Yogyakarta', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35', 'Jawa Timur', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('36', 'Banten', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('51', 'Bali', 'provinsi', NULL, 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('52', 'Nusa Tenggara Barat', 'provinsi', NULL, 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53', 'Nusa Tenggara Timur', 'provinsi', NULL, 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('61', 'Kalimantan Barat', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('62', 'Kalimantan Tengah', 'provinsi', NULL, 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('63', 'Kalimantan Selatan', 'provinsi', NULL, 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('64', 'Kalimantan Timur', 'provinsi', NULL, 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('65', 'Kalimantan Utara', 'provinsi', NULL, 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71', 'Sulawesi Utara', 'provinsi', NULL, 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('72', 'Sulawesi Tengah', 'provinsi', NULL, 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73', 'Sulawesi Selatan', 'provinsi', NULL, 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74', 'Sulawesi Tenggara', 'provinsi', NULL, 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('75', 'Gorontalo', 'provinsi', NULL, 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('76', 'Sulawesi Barat', 'provinsi', NULL, 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('81', 'Maluku', 'provinsi', NULL, 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('82', 'Maluku Utara', 'provinsi', NULL, 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('91', 'Papua', 'provinsi', NULL, 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('92', 'Papua Barat', 'provinsi', NULL, 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('93', 'Papua Selatan', 'provinsi', NULL, 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('94', 'Papua Tengah', 'provinsi', NULL, 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('95', 'Papua Pegunungan', 'provinsi', NULL, 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('96', 'Papua Barat Daya', 'provinsi', NULL, 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.01', 'Kabupaten Aceh Selatan', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.02', 'Kabupaten Aceh Tenggara', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.03', 'Kabupaten Aceh Timur', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.04', 'Kabupaten Aceh Tengah', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.05', 'Kabupaten Aceh Barat', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.06', 'Kabupaten Aceh Besar', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.07', 'Kabupaten Pidie', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.08', 'Kabupaten Aceh Utara', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.09', 'Kabupaten Simeulue', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.10', 'Kabupaten Aceh Singkil', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.11', 'Kabupaten Bireuen', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.12', 'Kabupaten Aceh Barat Daya', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.13', 'Kabupaten Gayo Lues', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.14', 'Kabupaten Aceh Jaya', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.15', 'Kabupaten Nagan Raya', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.16', 'Kabupaten Aceh Tamiang', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.17', 'Kabupaten Bener Meriah', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.18', 'Kabupaten Pidie Jaya', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.71', 'Kota Banda Aceh', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.72', 'Kota Sabang', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.73', 'Kota Lhokseumawe', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.74', 'Kota Langsa', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('11.75', 'Kota Subulussalam', 'kabupaten_kota', '11', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.01', 'Kabupaten Tapanuli Tengah', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.02', 'Kabupaten Tapanuli Utara', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.03', 'Kabupaten Tapanuli Selatan', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.04', 'Kabupaten Nias', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.05', 'Kabupaten Langkat', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.06', 'Kabupaten Karo', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.07', 'Kabupaten Deli Serdang', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.08', 'Kabupaten Simalungun', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.09', 'Kabupaten Asahan', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.10', 'Kabupaten Labuhanbatu', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.11', 'Kabupaten Dairi', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.12', 'Kabupaten Toba', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.13', 'Kabupaten Mandailing Natal', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.14', 'Kabupaten Nias Selatan', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.15', 'Kabupaten Pakpak Bharat', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.16', 'Kabupaten Humbang Hasundutan', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.17', 'Kabupaten Samosir', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.18', 'Kabupaten Serdang Bedagai', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.19', 'Kabupaten Batu Bara', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.20', 'Kabupaten Padang Lawas Utara', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.21', 'Kabupaten Padang Lawas', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.22', 'Kabupaten Labuhanbatu Selatan', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.23', 'Kabupaten Labuhanbatu Utara', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.24', 'Kabupaten Nias Utara', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.25', 'Kabupaten Nias Barat', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.71', 'Kota Medan', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.72', 'Kota Pematangsiantar', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.73', 'Kota Sibolga', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.74', 'Kota Tanjungbalai', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.75', 'Kota Binjai', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.76', 'Kota Tebing Tinggi', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.77', 'Kota Padangsidimpuan', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('12.78', 'Kota Gunungsitoli', 'kabupaten_kota', '12', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.01', 'Kabupaten Pesisir Selatan', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.02', 'Kabupaten Solok', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.03', 'Kabupaten Sijunjung', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.04', 'Kabupaten Tanah Datar', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.05', 'Kabupaten Padang Pariaman', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.06', 'Kabupaten Agam', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.07', 'Kabupaten Lima Puluh Kota', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.08', 'Kabupaten Pasaman', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.09', 'Kabupaten Kepulauan Mentawai', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.10', 'Kabupaten Dharmasraya', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.11', 'Kabupaten Solok Selatan', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.12', 'Kabupaten Pasaman Barat', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.71', 'Kota Padang', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.72', 'Kota Solok', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.73', 'Kota Sawahlunto', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.74', 'Kota Padang Panjang', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.75', 'Kota Bukittinggi', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.76', 'Kota Payakumbuh', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('13.77', 'Kota Pariaman', 'kabupaten_kota', '13', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('14.01', 'Kabupaten Kampar', 'kabupaten_kota', '14', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('14.02', 'Kabupaten Indragiri Hulu', 'kabupaten_kota', '14', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('14.03', 'Kabupaten Bengkalis', 'kabupaten_kota', '14', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('14.04', 'Kabupaten Indragiri Hilir', 'kabupaten_kota', '14', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('14.05', 'Kabupaten Pelalawan', 'kabupaten_kota', '14', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('14.06', 'Kabupaten Rokan Hulu', 'kabupaten_kota', '14', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('14.07', 'Kabupaten Rokan Hilir', 'kabupaten_kota', '14', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('14.08', 'Kabupaten Siak', 'kabupaten_kota', '14', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('14.09', 'Kabupaten Kuantan Singingi', 'kabupaten_kota', '14', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('14.10', 'Kabupaten Kepulauan Meranti', 'kabupaten_kota', '14', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('14.71', 'Kota Pekanbaru', 'kabupaten_kota', '14', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('14.72', 'Kota Dumai', 'kabupaten_kota', '14', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('15.01', 'Kabupaten Kerinci', 'kabupaten_kota', '15', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('15.02', 'Kabupaten Merangin', 'kabupaten_kota', '15', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('15.03', 'Kabupaten Sarolangun', 'kabupaten_kota', '15', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('15.04', 'Kabupaten Batanghari', 'kabupaten_kota', '15', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('15.05', 'Kabupaten Muaro Jambi', 'kabupaten_kota', '15', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('15.06', 'Kabupaten Tanjung Jabung Barat', 'kabupaten_kota', '15', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('15.07', 'Kabupaten Tanjung Jabung Timur', 'kabupaten_kota', '15', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('15.08', 'Kabupaten Bungo', 'kabupaten_kota', '15', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('15.09', 'Kabupaten Tebo', 'kabupaten_kota', '15', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('15.71', 'Kota Jambi', 'kabupaten_kota', '15', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('15.72', 'Kota Sungai Penuh', 'kabupaten_kota', '15', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.01', 'Kabupaten Ogan Komering Ulu', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.02', 'Kabupaten Ogan Komering Ilir', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.03', 'Kabupaten Muara Enim', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.04', 'Kabupaten Lahat', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.05', 'Kabupaten Musi Rawas', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.06', 'Kabupaten Musi Banyuasin', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.07', 'Kabupaten Banyuasin', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.08', 'Kabupaten Ogan Komering Ulu Timur', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.09', 'Kabupaten Ogan Komering Ulu Selatan', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.10', 'Kabupaten Ogan Ilir', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.11', 'Kabupaten Empat Lawang', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.12', 'Kabupaten Penukal Abab Lematang Ilir', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.13', 'Kabupaten Musi Rawas Utara', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.71', 'Kota Palembang', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.72', 'Kota Pagar Alam', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.73', 'Kota Lubuk Linggau', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('16.74', 'Kota Prabumulih', 'kabupaten_kota', '16', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('17.01', 'Kabupaten Bengkulu Selatan', 'kabupaten_kota', '17', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('17.02', 'Kabupaten Rejang Lebong', 'kabupaten_kota', '17', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('17.03', 'Kabupaten Bengkulu Utara', 'kabupaten_kota', '17', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('17.04', 'Kabupaten Kaur', 'kabupaten_kota', '17', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('17.05', 'Kabupaten Seluma', 'kabupaten_kota', '17', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('17.06', 'Kabupaten Mukomuko', 'kabupaten_kota', '17', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('17.07', 'Kabupaten Lebong', 'kabupaten_kota', '17', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('17.08', 'Kabupaten Kepahiang', 'kabupaten_kota', '17', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('17.09', 'Kabupaten Bengkulu Tengah', 'kabupaten_kota', '17', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('17.71', 'Kota Bengkulu', 'kabupaten_kota', '17', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18.01', 'Kabupaten Lampung Selatan', 'kabupaten_kota', '18', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18.02', 'Kabupaten Lampung Tengah', 'kabupaten_kota', '18', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18.03', 'Kabupaten Lampung Utara', 'kabupaten_kota', '18', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18.04', 'Kabupaten Lampung Barat', 'kabupaten_kota', '18', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18.05', 'Kabupaten Tulang Bawang', 'kabupaten_kota', '18', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18.06', 'Kabupaten Tanggamus', 'kabupaten_kota', '18', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18.07', 'Kabupaten Lampung Timur', 'kabupaten_kota', '18', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18.08', 'Kabupaten Way Kanan', 'kabupaten_kota', '18', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18.09', 'Kabupaten Pesawaran', 'kabupaten_kota', '18', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18.10', 'Kabupaten Pringsewu', 'kabupaten_kota', '18', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18.11', 'Kabupaten Mesuji', 'kabupaten_kota', '18', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18.12', 'Kabupaten Tulang Bawang Barat', 'kabupaten_kota', '18', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18.13', 'Kabupaten Pesisir Barat', 'kabupaten_kota', '18', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18.71', 'Kota Bandar Lampung', 'kabupaten_kota', '18', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('18.72', 'Kota Metro', 'kabupaten_kota', '18', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('19.01', 'Kabupaten Bangka', 'kabupaten_kota', '19', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('19.02', 'Kabupaten Belitung', 'kabupaten_kota', '19', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('19.03', 'Kabupaten Bangka Selatan', 'kabupaten_kota', '19', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('19.04', 'Kabupaten Bangka Tengah', 'kabupaten_kota', '19', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('19.05', 'Kabupaten Bangka Barat', 'kabupaten_kota', '19', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('19.06', 'Kabupaten Belitung Timur', 'kabupaten_kota', '19', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('19.71', 'Kota Pangkal Pinang', 'kabupaten_kota', '19', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('21.01', 'Kabupaten Bintan', 'kabupaten_kota', '21', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('21.02', 'Kabupaten Karimun', 'kabupaten_kota', '21', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('21.03', 'Kabupaten Natuna', 'kabupaten_kota', '21', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('21.04', 'Kabupaten Lingga', 'kabupaten_kota', '21', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('21.05', 'Kabupaten Kepulauan Anambas', 'kabupaten_kota', '21', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('21.71', 'Kota Batam', 'kabupaten_kota', '21', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('21.72', 'Kota Tanjung Pinang', 'kabupaten_kota', '21', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('31.01', 'Kabupaten Administrasi Kepulauan Seribu', 'kabupaten_kota', '31', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('31.71', 'Kota Administrasi Jakarta Pusat', 'kabupaten_kota', '31', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('31.72', 'Kota Administrasi Jakarta Utara', 'kabupaten_kota', '31', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('31.73', 'Kota Administrasi Jakarta Barat', 'kabupaten_kota', '31', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('31.74', 'Kota Administrasi Jakarta Selatan', 'kabupaten_kota', '31', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('31.75', 'Kota Administrasi Jakarta Timur', 'kabupaten_kota', '31', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.01', 'Kabupaten Bogor', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.02', 'Kabupaten Sukabumi', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.03', 'Kabupaten Cianjur', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.04', 'Kabupaten Bandung', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.05', 'Kabupaten Garut', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.06', 'Kabupaten Tasikmalaya', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.07', 'Kabupaten Ciamis', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.08', 'Kabupaten Kuningan', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.09', 'Kabupaten Cirebon', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.10', 'Kabupaten Majalengka', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.11', 'Kabupaten Sumedang', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.12', 'Kabupaten Indramayu', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.13', 'Kabupaten Subang', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.14', 'Kabupaten Purwakarta', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.15', 'Kabupaten Karawang', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.16', 'Kabupaten Bekasi', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.17', 'Kabupaten Bandung Barat', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.18', 'Kabupaten Pangandaran', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.71', 'Kota Bogor', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.72', 'Kota Sukabumi', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.73', 'Kota Bandung', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.74', 'Kota Cirebon', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.75', 'Kota Bekasi', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.76', 'Kota Depok', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.77', 'Kota Cimahi', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.78', 'Kota Tasikmalaya', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('32.79', 'Kota Banjar', 'kabupaten_kota', '32', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.01', 'Kabupaten Cilacap', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.02', 'Kabupaten Banyumas', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.03', 'Kabupaten Purbalingga', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.04', 'Kabupaten Banjarnegara', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.05', 'Kabupaten Kebumen', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.06', 'Kabupaten Purworejo', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.07', 'Kabupaten Wonosobo', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.08', 'Kabupaten Magelang', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.09', 'Kabupaten Boyolali', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.10', 'Kabupaten Klaten', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.11', 'Kabupaten Sukoharjo', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.12', 'Kabupaten Wonogiri', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.13', 'Kabupaten Karanganyar', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.14', 'Kabupaten Sragen', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.15', 'Kabupaten Grobogan', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.16', 'Kabupaten Blora', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.17', 'Kabupaten Rembang', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.18', 'Kabupaten Pati', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.19', 'Kabupaten Kudus', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.20', 'Kabupaten Jepara', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.21', 'Kabupaten Demak', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.22', 'Kabupaten Semarang', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.23', 'Kabupaten Temanggung', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.24', 'Kabupaten Kendal', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.25', 'Kabupaten Batang', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.26', 'Kabupaten Pekalongan', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.27', 'Kabupaten Pemalang', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.28', 'Kabupaten Tegal', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.29', 'Kabupaten Brebes', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.71', 'Kota Magelang', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.72', 'Kota Surakarta', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.73', 'Kota Salatiga', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.74', 'Kota Semarang', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.75', 'Kota Pekalongan', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('33.76', 'Kota Tegal', 'kabupaten_kota', '33', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('34.01', 'Kabupaten Kulon Progo', 'kabupaten_kota', '34', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('34.02', 'Kabupaten Bantul', 'kabupaten_kota', '34', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('34.03', 'Kabupaten Gunungkidul', 'kabupaten_kota', '34', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('34.04', 'Kabupaten Sleman', 'kabupaten_kota', '34', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('34.71', 'Kota Yogyakarta', 'kabupaten_kota', '34', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.01', 'Kabupaten Pacitan', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.02', 'Kabupaten Ponorogo', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.03', 'Kabupaten Trenggalek', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.04', 'Kabupaten Tulungagung', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.05', 'Kabupaten Blitar', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.06', 'Kabupaten Kediri', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.07', 'Kabupaten Malang', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.08', 'Kabupaten Lumajang', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.09', 'Kabupaten Jember', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.10', 'Kabupaten Banyuwangi', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.11', 'Kabupaten Bondowoso', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.12', 'Kabupaten Situbondo', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.13', 'Kabupaten Probolinggo', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.14', 'Kabupaten Pasuruan', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.15', 'Kabupaten Sidoarjo', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.16', 'Kabupaten Mojokerto', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.17', 'Kabupaten Jombang', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.18', 'Kabupaten Nganjuk', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.19', 'Kabupaten Madiun', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.20', 'Kabupaten Magetan', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.21', 'Kabupaten Ngawi', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.22', 'Kabupaten Bojonegoro', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.23', 'Kabupaten Tuban', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.24', 'Kabupaten Lamongan', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.25', 'Kabupaten Gresik', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.26', 'Kabupaten Bangkalan', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.27', 'Kabupaten Sampang', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.28', 'Kabupaten Pamekasan', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.29', 'Kabupaten Sumenep', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.71', 'Kota Kediri', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.72', 'Kota Blitar', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.73', 'Kota Malang', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.74', 'Kota Probolinggo', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.75', 'Kota Pasuruan', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.76', 'Kota Mojokerto', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.77', 'Kota Madiun', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.78', 'Kota Surabaya', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('35.79', 'Kota Batu', 'kabupaten_kota', '35', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('36.01', 'Kabupaten Pandeglang', 'kabupaten_kota', '36', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('36.02', 'Kabupaten Lebak', 'kabupaten_kota', '36', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('36.03', 'Kabupaten Tangerang', 'kabupaten_kota', '36', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('36.04', 'Kabupaten Serang', 'kabupaten_kota', '36', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('36.71', 'Kota Tangerang', 'kabupaten_kota', '36', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('36.72', 'Kota Cilegon', 'kabupaten_kota', '36', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('36.73', 'Kota Serang', 'kabupaten_kota', '36', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('36.74', 'Kota Tangerang Selatan', 'kabupaten_kota', '36', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('51.01', 'Kabupaten Jembrana', 'kabupaten_kota', '51', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('51.02', 'Kabupaten Tabanan', 'kabupaten_kota', '51', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('51.03', 'Kabupaten Badung', 'kabupaten_kota', '51', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('51.04', 'Kabupaten Gianyar', 'kabupaten_kota', '51', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('51.05', 'Kabupaten Klungkung', 'kabupaten_kota', '51', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('51.06', 'Kabupaten Bangli', 'kabupaten_kota', '51', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('51.07', 'Kabupaten Karangasem', 'kabupaten_kota', '51', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('51.08', 'Kabupaten Buleleng', 'kabupaten_kota', '51', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('51.71', 'Kota Denpasar', 'kabupaten_kota', '51', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('52.01', 'Kabupaten Lombok Barat', 'kabupaten_kota', '52', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('52.02', 'Kabupaten Lombok Tengah', 'kabupaten_kota', '52', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('52.03', 'Kabupaten Lombok Timur', 'kabupaten_kota', '52', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('52.04', 'Kabupaten Sumbawa', 'kabupaten_kota', '52', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('52.05', 'Kabupaten Dompu', 'kabupaten_kota', '52', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('52.06', 'Kabupaten Bima', 'kabupaten_kota', '52', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('52.07', 'Kabupaten Sumbawa Barat', 'kabupaten_kota', '52', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('52.08', 'Kabupaten Lombok Utara', 'kabupaten_kota', '52', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('52.71', 'Kota Mataram', 'kabupaten_kota', '52', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('52.72', 'Kota Bima', 'kabupaten_kota', '52', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.01', 'Kabupaten Kupang', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.02', 'Kabupaten Timor Tengah Selatan', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.03', 'Kabupaten Timor Tengah Utara', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.04', 'Kabupaten Belu', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.05', 'Kabupaten Alor', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.06', 'Kabupaten Flores Timur', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.07', 'Kabupaten Sikka', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.08', 'Kabupaten Ende', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.09', 'Kabupaten Ngada', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.10', 'Kabupaten Manggarai', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.11', 'Kabupaten Sumba Timur', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.12', 'Kabupaten Sumba Barat', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.13', 'Kabupaten Lembata', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.14', 'Kabupaten Rote Ndao', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.15', 'Kabupaten Manggarai Barat', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.16', 'Kabupaten Nagekeo', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.17', 'Kabupaten Sumba Tengah', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.18', 'Kabupaten Sumba Barat Daya', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.19', 'Kabupaten Manggarai Timur', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.20', 'Kabupaten Sabu Raijua', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.21', 'Kabupaten Malaka', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('53.71', 'Kota Kupang', 'kabupaten_kota', '53', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('61.01', 'Kabupaten Sambas', 'kabupaten_kota', '61', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('61.02', 'Kabupaten Mempawah', 'kabupaten_kota', '61', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('61.03', 'Kabupaten Sanggau', 'kabupaten_kota', '61', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('61.04', 'Kabupaten Ketapang', 'kabupaten_kota', '61', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('61.05', 'Kabupaten Sintang', 'kabupaten_kota', '61', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('61.06', 'Kabupaten Kapuas Hulu', 'kabupaten_kota', '61', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('61.07', 'Kabupaten Bengkayang', 'kabupaten_kota', '61', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('61.08', 'Kabupaten Landak', 'kabupaten_kota', '61', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('61.09', 'Kabupaten Sekadau', 'kabupaten_kota', '61', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('61.10', 'Kabupaten Melawi', 'kabupaten_kota', '61', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('61.11', 'Kabupaten Kayong Utara', 'kabupaten_kota', '61', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('61.12', 'Kabupaten Kubu Raya', 'kabupaten_kota', '61', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('61.71', 'Kota Pontianak', 'kabupaten_kota', '61', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('61.72', 'Kota Singkawang', 'kabupaten_kota', '61', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('62.01', 'Kabupaten Kotawaringin Barat', 'kabupaten_kota', '62', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('62.02', 'Kabupaten Kotawaringin Timur', 'kabupaten_kota', '62', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('62.03', 'Kabupaten Kapuas', 'kabupaten_kota', '62', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('62.04', 'Kabupaten Barito Selatan', 'kabupaten_kota', '62', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('62.05', 'Kabupaten Barito Utara', 'kabupaten_kota', '62', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('62.06', 'Kabupaten Katingan', 'kabupaten_kota', '62', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('62.07', 'Kabupaten Seruyan', 'kabupaten_kota', '62', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('62.08', 'Kabupaten Sukamara', 'kabupaten_kota', '62', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('62.09', 'Kabupaten Lamandau', 'kabupaten_kota', '62', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('62.10', 'Kabupaten Gunung Mas', 'kabupaten_kota', '62', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('62.11', 'Kabupaten Pulang Pisau', 'kabupaten_kota', '62', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('62.12', 'Kabupaten Murung Raya', 'kabupaten_kota', '62', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('62.13', 'Kabupaten Barito Timur', 'kabupaten_kota', '62', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('62.71', 'Kota Palangkaraya', 'kabupaten_kota', '62', 'Asia/Jakarta');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('63.01', 'Kabupaten Tanah Laut', 'kabupaten_kota', '63', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('63.02', 'Kabupaten Kotabaru', 'kabupaten_kota', '63', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('63.03', 'Kabupaten Banjar', 'kabupaten_kota', '63', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('63.04', 'Kabupaten Barito Kuala', 'kabupaten_kota', '63', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('63.05', 'Kabupaten Tapin', 'kabupaten_kota', '63', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('63.06', 'Kabupaten Hulu Sungai Selatan', 'kabupaten_kota', '63', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('63.07', 'Kabupaten Hulu Sungai Tengah', 'kabupaten_kota', '63', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('63.08', 'Kabupaten Hulu Sungai Utara', 'kabupaten_kota', '63', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('63.09', 'Kabupaten Tabalong', 'kabupaten_kota', '63', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('63.10', 'Kabupaten Tanah Bumbu', 'kabupaten_kota', '63', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('63.11', 'Kabupaten Balangan', 'kabupaten_kota', '63', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('63.71', 'Kota Banjarmasin', 'kabupaten_kota', '63', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('63.72', 'Kota Banjarbaru', 'kabupaten_kota', '63', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('64.01', 'Kabupaten Paser', 'kabupaten_kota', '64', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('64.02', 'Kabupaten Kutai Kartanegara', 'kabupaten_kota', '64', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('64.03', 'Kabupaten Berau', 'kabupaten_kota', '64', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('64.07', 'Kabupaten Kutai Barat', 'kabupaten_kota', '64', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('64.08', 'Kabupaten Kutai Timur', 'kabupaten_kota', '64', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('64.09', 'Kabupaten Penajam Paser Utara', 'kabupaten_kota', '64', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('64.11', 'Kabupaten Mahakam Ulu', 'kabupaten_kota', '64', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('64.71', 'Kota Balikpapan', 'kabupaten_kota', '64', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('64.72', 'Kota Samarinda', 'kabupaten_kota', '64', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('64.74', 'Kota Bontang', 'kabupaten_kota', '64', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('65.01', 'Kabupaten Bulungan', 'kabupaten_kota', '65', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('65.02', 'Kabupaten Malinau', 'kabupaten_kota', '65', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('65.03', 'Kabupaten Nunukan', 'kabupaten_kota', '65', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('65.04', 'Kabupaten Tana Tidung', 'kabupaten_kota', '65', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('65.71', 'Kota Tarakan', 'kabupaten_kota', '65', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71.01', 'Kabupaten Bolaang Mongondow', 'kabupaten_kota', '71', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71.02', 'Kabupaten Minahasa', 'kabupaten_kota', '71', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71.03', 'Kabupaten Kepulauan Sangihe', 'kabupaten_kota', '71', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71.04', 'Kabupaten Kepulauan Talaud', 'kabupaten_kota', '71', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71.05', 'Kabupaten Minahasa Selatan', 'kabupaten_kota', '71', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71.06', 'Kabupaten Minahasa Utara', 'kabupaten_kota', '71', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71.07', 'Kabupaten Minahasa Tenggara', 'kabupaten_kota', '71', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71.08', 'Kabupaten Bolaang Mongondow Utara', 'kabupaten_kota', '71', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71.09', 'Kabupaten Kepulauan Siau Tagulandang Biaro', 'kabupaten_kota', '71', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71.10', 'Kabupaten Bolaang Mongondow Timur', 'kabupaten_kota', '71', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71.11', 'Kabupaten Bolaang Mongondow Selatan', 'kabupaten_kota', '71', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71.71', 'Kota Manado', 'kabupaten_kota', '71', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71.72', 'Kota Bitung', 'kabupaten_kota', '71', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71.73', 'Kota Tomohon', 'kabupaten_kota', '71', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('71.74', 'Kota Kotamobagu', 'kabupaten_kota', '71', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('72.01', 'Kabupaten Banggai', 'kabupaten_kota', '72', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('72.02', 'Kabupaten Poso', 'kabupaten_kota', '72', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('72.03', 'Kabupaten Donggala', 'kabupaten_kota', '72', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('72.04', 'Kabupaten Toli-Toli', 'kabupaten_kota', '72', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('72.05', 'Kabupaten Buol', 'kabupaten_kota', '72', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('72.06', 'Kabupaten Morowali', 'kabupaten_kota', '72', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('72.07', 'Kabupaten Banggai Kepulauan', 'kabupaten_kota', '72', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('72.08', 'Kabupaten Parigi Moutong', 'kabupaten_kota', '72', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('72.09', 'Kabupaten Tojo Una Una', 'kabupaten_kota', '72', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('72.10', 'Kabupaten Sigi', 'kabupaten_kota', '72', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('72.11', 'Kabupaten Banggai Laut', 'kabupaten_kota', '72', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('72.12', 'Kabupaten Morowali Utara', 'kabupaten_kota', '72', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('72.71', 'Kota Palu', 'kabupaten_kota', '72', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.01', 'Kabupaten Kepulauan Selayar', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.02', 'Kabupaten Bulukumba', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.03', 'Kabupaten Bantaeng', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.04', 'Kabupaten Jeneponto', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.05', 'Kabupaten Takalar', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.06', 'Kabupaten Gowa', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.07', 'Kabupaten Sinjai', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.08', 'Kabupaten Bone', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.09', 'Kabupaten Maros', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.10', 'Kabupaten Pangkajene dan Kepulauan', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.11', 'Kabupaten Barru', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.12', 'Kabupaten Soppeng', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.13', 'Kabupaten Wajo', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.14', 'Kabupaten Sidenreng Rappang', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.15', 'Kabupaten Pinrang', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.16', 'Kabupaten Enrekang', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.17', 'Kabupaten Luwu', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.18', 'Kabupaten Tana Toraja', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.22', 'Kabupaten Luwu Utara', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.24', 'Kabupaten Luwu Timur', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.26', 'Kabupaten Toraja Utara', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.71', 'Kota Makassar', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.72', 'Kota Parepare', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('73.73', 'Kota Palopo', 'kabupaten_kota', '73', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.01', 'Kabupaten Kolaka', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.02', 'Kabupaten Konawe', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.03', 'Kabupaten Muna', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.04', 'Kabupaten Buton', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.05', 'Kabupaten Konawe Selatan', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.06', 'Kabupaten Bombana', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.07', 'Kabupaten Wakatobi', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.08', 'Kabupaten Kolaka Utara', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.09', 'Kabupaten Konawe Utara', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.10', 'Kabupaten Buton Utara', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.11', 'Kabupaten Kolaka Timur', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.12', 'Kabupaten Konawe Kepulauan', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.13', 'Kabupaten Muna Barat', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.14', 'Kabupaten Buton Tengah', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.15', 'Kabupaten Buton Selatan', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.71', 'Kota Kendari', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('74.72', 'Kota Bau Bau', 'kabupaten_kota', '74', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('75.01', 'Kabupaten Gorontalo', 'kabupaten_kota', '75', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('75.02', 'Kabupaten Boalemo', 'kabupaten_kota', '75', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('75.03', 'Kabupaten Bone Bolango', 'kabupaten_kota', '75', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('75.04', 'Kabupaten Pohuwato', 'kabupaten_kota', '75', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('75.05', 'Kabupaten Gorontalo Utara', 'kabupaten_kota', '75', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('75.71', 'Kota Gorontalo', 'kabupaten_kota', '75', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('76.01', 'Kabupaten Pasangkayu', 'kabupaten_kota', '76', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('76.02', 'Kabupaten Mamuju', 'kabupaten_kota', '76', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('76.03', 'Kabupaten Mamasa', 'kabupaten_kota', '76', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('76.04', 'Kabupaten Polewali Mandar', 'kabupaten_kota', '76', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('76.05', 'Kabupaten Majene', 'kabupaten_kota', '76', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('76.06', 'Kabupaten Mamuju Tengah', 'kabupaten_kota', '76', 'Asia/Makassar');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('81.01', 'Kabupaten Maluku Tengah', 'kabupaten_kota', '81', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('81.02', 'Kabupaten Maluku Tenggara', 'kabupaten_kota', '81', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('81.03', 'Kabupaten Kepulauan Tanimbar', 'kabupaten_kota', '81', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('81.04', 'Kabupaten Buru', 'kabupaten_kota', '81', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('81.05', 'Kabupaten Seram Bagian Timur', 'kabupaten_kota', '81', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('81.06', 'Kabupaten Seram Bagian Barat', 'kabupaten_kota', '81', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('81.07', 'Kabupaten Kepulauan Aru', 'kabupaten_kota', '81', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('81.08', 'Kabupaten Maluku Barat Daya', 'kabupaten_kota', '81', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('81.09', 'Kabupaten Buru Selatan', 'kabupaten_kota', '81', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('81.71', 'Kota Ambon', 'kabupaten_kota', '81', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('81.72', 'Kota Tual', 'kabupaten_kota', '81', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('82.01', 'Kabupaten Halmahera Barat', 'kabupaten_kota', '82', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('82.02', 'Kabupaten Halmahera Tengah', 'kabupaten_kota', '82', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('82.03', 'Kabupaten Halmahera Utara', 'kabupaten_kota', '82', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('82.04', 'Kabupaten Halmahera Selatan', 'kabupaten_kota', '82', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('82.05', 'Kabupaten Kepulauan Sula', 'kabupaten_kota', '82', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('82.06', 'Kabupaten Halmahera Timur', 'kabupaten_kota', '82', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('82.07', 'Kabupaten Pulau Morotai', 'kabupaten_kota', '82', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('82.08', 'Kabupaten Pulau Taliabu', 'kabupaten_kota', '82', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('82.71', 'Kota Ternate', 'kabupaten_kota', '82', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('82.72', 'Kota Tidore Kepulauan', 'kabupaten_kota', '82', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('91.03', 'Kabupaten Jayapura', 'kabupaten_kota', '91', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('91.05', 'Kabupaten Kepulauan Yapen', 'kabupaten_kota', '91', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('91.06', 'Kabupaten Biak Numfor', 'kabupaten_kota', '91', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('91.10', 'Kabupaten Sarmi', 'kabupaten_kota', '91', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('91.11', 'Kabupaten Keerom', 'kabupaten_kota', '91', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('91.15', 'Kabupaten Waropen', 'kabupaten_kota', '91', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('91.19', 'Kabupaten Supiori', 'kabupaten_kota', '91', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('91.20', 'Kabupaten Mamberamo Raya', 'kabupaten_kota', '91', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('91.71', 'Kota Jayapura', 'kabupaten_kota', '91', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('92.02', 'Kabupaten Manokwari', 'kabupaten_kota', '92', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('92.03', 'Kabupaten Fak Fak', 'kabupaten_kota', '92', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('92.06', 'Kabupaten Teluk Bintuni', 'kabupaten_kota', '92', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('92.07', 'Kabupaten Teluk Wondama', 'kabupaten_kota', '92', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('92.08', 'Kabupaten Kaimana', 'kabupaten_kota', '92', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('92.11', 'Kabupaten Manokwari Selatan', 'kabupaten_kota', '92', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('92.12', 'Kabupaten Pegunungan Arfak', 'kabupaten_kota', '92', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('93.01', 'Kabupaten Merauke', 'kabupaten_kota', '93', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('93.02', 'Kabupaten Boven Digoel', 'kabupaten_kota', '93', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('93.03', 'Kabupaten Mappi', 'kabupaten_kota', '93', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('93.04', 'Kabupaten Asmat', 'kabupaten_kota', '93', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('94.01', 'Kabupaten Nabire', 'kabupaten_kota', '94', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('94.02', 'Kabupaten Puncak Jaya', 'kabupaten_kota', '94', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('94.03', 'Kabupaten Paniai', 'kabupaten_kota', '94', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('94.04', 'Kabupaten Mimika', 'kabupaten_kota', '94', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('94.05', 'Kabupaten Puncak', 'kabupaten_kota', '94', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('94.06', 'Kabupaten Dogiyai', 'kabupaten_kota', '94', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('94.07', 'Kabupaten Intan Jaya', 'kabupaten_kota', '94', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('94.08', 'Kabupaten Deiyai', 'kabupaten_kota', '94', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('95.01', 'Kabupaten Jayawijaya', 'kabupaten_kota', '95', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('95.02', 'Kabupaten Pegunungan Bintang', 'kabupaten_kota', '95', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('95.03', 'Kabupaten Yahukimo', 'kabupaten_kota', '95', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('95.04', 'Kabupaten Tolikara', 'kabupaten_kota', '95', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('95.05', 'Kabupaten Mamberamo Tengah', 'kabupaten_kota', '95', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('95.06', 'Kabupaten Yalimo', 'kabupaten_kota', '95', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('95.07', 'Kabupaten Lanny Jaya', 'kabupaten_kota', '95', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('95.08', 'Kabupaten Nduga', 'kabupaten_kota', '95', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('96.01', 'Kabupaten Sorong', 'kabupaten_kota', '96', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('96.02', 'Kabupaten Sorong Selatan', 'kabupaten_kota', '96', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('96.03', 'Kabupaten Raja Ampat', 'kabupaten_kota', '96', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('96.04', 'Kabupaten Tambrauw', 'kabupaten_kota', '96', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('96.05', 'Kabupaten Maybrat', 'kabupaten_kota', '96', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES ('96.71', 'Kota Sorong', 'kabupaten_kota', '96', 'Asia/Jayapura');
--> statement-breakpoint
INSERT OR IGNORE INTO subsatgas (slug, name, position, active) VALUES ('pencegahan', 'Pencegahan', 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO subsatgas (slug, name, position, active) VALUES ('rehabilitasi-medis', 'Rehabilitasi Medis (Kesehatan)', 2, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO subsatgas (slug, name, position, active) VALUES ('rehabilitasi-sosial', 'Rehabilitasi Sosial, Pemulangan, dan Reintegrasi', 3, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO subsatgas (slug, name, position, active) VALUES ('norma-hukum', 'Pengembangan Norma Hukum', 4, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO subsatgas (slug, name, position, active) VALUES ('penegakan-hukum', 'Penegakan Hukum', 5, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO subsatgas (slug, name, position, active) VALUES ('kerja-sama', 'Kerja Sama dan Koordinasi', 6, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kepolisian Negara Republik Indonesia', 'Polri', 'kepolisiannegararepublikindonesia', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Polri', 'polri' FROM agencies WHERE name_key = 'kepolisiannegararepublikindonesia';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Mabes Polri', 'mabespolri' FROM agencies WHERE name_key = 'kepolisiannegararepublikindonesia';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kepolisian RI', 'kepolisianri' FROM agencies WHERE name_key = 'kepolisiannegararepublikindonesia';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Koordinator Bidang Politik dan Keamanan', 'Kemenko Polkam', 'kementeriankoordinatorbidangpolitikdankeamanan', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemenko Polkam', 'kemenkopolkam' FROM agencies WHERE name_key = 'kementeriankoordinatorbidangpolitikdankeamanan';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemenko Polhukam', 'kemenkopolhukam' FROM agencies WHERE name_key = 'kementeriankoordinatorbidangpolitikdankeamanan';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan', 'kementeriankoordinatorbidangpolitik,hukum,dankeamanan' FROM agencies WHERE name_key = 'kementeriankoordinatorbidangpolitikdankeamanan';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan', 'Kemenko PMK', 'kementeriankoordinatorbidangpembangunanmanusiadankebudayaan', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemenko PMK', 'kemenkopmk' FROM agencies WHERE name_key = 'kementeriankoordinatorbidangpembangunanmanusiadankebudayaan';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Pemberdayaan Perempuan dan Perlindungan Anak', 'KemenPPPA', 'kementerianpemberdayaanperempuandanperlindungananak', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'KemenPPPA', 'kemenpppa' FROM agencies WHERE name_key = 'kementerianpemberdayaanperempuandanperlindungananak';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kementerian PPPA', 'kementerianpppa' FROM agencies WHERE name_key = 'kementerianpemberdayaanperempuandanperlindungananak';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'KPPPA', 'kpppa' FROM agencies WHERE name_key = 'kementerianpemberdayaanperempuandanperlindungananak';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemen PPPA', 'kemenpppa' FROM agencies WHERE name_key = 'kementerianpemberdayaanperempuandanperlindungananak';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Sosial', 'Kemensos', 'kementeriansosial', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemensos', 'kemensos' FROM agencies WHERE name_key = 'kementeriansosial';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Kesehatan', 'Kemenkes', 'kementeriankesehatan', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemenkes', 'kemenkes' FROM agencies WHERE name_key = 'kementeriankesehatan';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Dalam Negeri', 'Kemendagri', 'kementeriandalamnegeri', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemendagri', 'kemendagri' FROM agencies WHERE name_key = 'kementeriandalamnegeri';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Luar Negeri', 'Kemenlu', 'kementerianluarnegeri', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemenlu', 'kemenlu' FROM agencies WHERE name_key = 'kementerianluarnegeri';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Hukum', 'Kemenkum', 'kementerianhukum', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemenkum', 'kemenkum' FROM agencies WHERE name_key = 'kementerianhukum';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kementerian Hukum dan HAM', 'kementerianhukumdanham' FROM agencies WHERE name_key = 'kementerianhukum';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kementerian Hukum dan Hak Asasi Manusia', 'kementerianhukumdanhakasasimanusia' FROM agencies WHERE name_key = 'kementerianhukum';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemenkumham', 'kemenkumham' FROM agencies WHERE name_key = 'kementerianhukum';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Hak Asasi Manusia', 'KemenHAM', 'kementerianhakasasimanusia', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'KemenHAM', 'kemenham' FROM agencies WHERE name_key = 'kementerianhakasasimanusia';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Imigrasi dan Pemasyarakatan', 'KemenImipas', 'kementerianimigrasidanpemasyarakatan', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'KemenImipas', 'kemenimipas' FROM agencies WHERE name_key = 'kementerianimigrasidanpemasyarakatan';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Ditjen Imigrasi', 'ditjenimigrasi' FROM agencies WHERE name_key = 'kementerianimigrasidanpemasyarakatan';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Ketenagakerjaan', 'Kemnaker', 'kementerianketenagakerjaan', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemnaker', 'kemnaker' FROM agencies WHERE name_key = 'kementerianketenagakerjaan';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemenaker', 'kemenaker' FROM agencies WHERE name_key = 'kementerianketenagakerjaan';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Pelindungan Pekerja Migran Indonesia', 'KemenP2MI', 'kementerianpelindunganpekerjamigranindonesia', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'KemenP2MI', 'kemenp2mi' FROM agencies WHERE name_key = 'kementerianpelindunganpekerjamigranindonesia';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'KP2MI', 'kp2mi' FROM agencies WHERE name_key = 'kementerianpelindunganpekerjamigranindonesia';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'BP2MI', 'bp2mi' FROM agencies WHERE name_key = 'kementerianpelindunganpekerjamigranindonesia';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Badan Pelindungan Pekerja Migran Indonesia', 'badanpelindunganpekerjamigranindonesia' FROM agencies WHERE name_key = 'kementerianpelindunganpekerjamigranindonesia';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kejaksaan Republik Indonesia', 'Kejaksaan RI', 'kejaksaanrepublikindonesia', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kejaksaan RI', 'kejaksaanri' FROM agencies WHERE name_key = 'kejaksaanrepublikindonesia';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kejaksaan Agung', 'kejaksaanagung' FROM agencies WHERE name_key = 'kejaksaanrepublikindonesia';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kejagung', 'kejagung' FROM agencies WHERE name_key = 'kejaksaanrepublikindonesia';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Perhubungan', 'Kemenhub', 'kementerianperhubungan', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemenhub', 'kemenhub' FROM agencies WHERE name_key = 'kementerianperhubungan';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Kelautan dan Perikanan', 'KKP', 'kementeriankelautandanperikanan', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'KKP', 'kkp' FROM agencies WHERE name_key = 'kementeriankelautandanperikanan';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Desa dan Pembangunan Daerah Tertinggal', 'Kemendes PDT', 'kementeriandesadanpembangunandaerahtertinggal', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemendes PDT', 'kemendespdt' FROM agencies WHERE name_key = 'kementeriandesadanpembangunandaerahtertinggal';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemendes PDTT', 'kemendespdtt' FROM agencies WHERE name_key = 'kementeriandesadanpembangunandaerahtertinggal';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi', 'kementeriandesa,pembangunandaerahtertinggal,dantransmigrasi' FROM agencies WHERE name_key = 'kementeriandesadanpembangunandaerahtertinggal';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Komunikasi dan Digital', 'Komdigi', 'kementeriankomunikasidandigital', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Komdigi', 'komdigi' FROM agencies WHERE name_key = 'kementeriankomunikasidandigital';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kominfo', 'kominfo' FROM agencies WHERE name_key = 'kementeriankomunikasidandigital';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kementerian Komunikasi dan Informatika', 'kementeriankomunikasidaninformatika' FROM agencies WHERE name_key = 'kementeriankomunikasidandigital';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Pendidikan Dasar dan Menengah', 'Kemendikdasmen', 'kementerianpendidikandasardanmenengah', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemendikdasmen', 'kemendikdasmen' FROM agencies WHERE name_key = 'kementerianpendidikandasardanmenengah';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemendikbudristek', 'kemendikbudristek' FROM agencies WHERE name_key = 'kementerianpendidikandasardanmenengah';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Agama', 'Kemenag', 'kementerianagama', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemenag', 'kemenag' FROM agencies WHERE name_key = 'kementerianagama';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Pariwisata', 'Kemenpar', 'kementerianpariwisata', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemenpar', 'kemenpar' FROM agencies WHERE name_key = 'kementerianpariwisata';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemenparekraf', 'kemenparekraf' FROM agencies WHERE name_key = 'kementerianpariwisata';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Keuangan', 'Kemenkeu', 'kementeriankeuangan', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kemenkeu', 'kemenkeu' FROM agencies WHERE name_key = 'kementeriankeuangan';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Kementerian Perencanaan Pembangunan Nasional/Bappenas', 'Bappenas', 'kementerianperencanaanpembangunannasional/bappenas', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Bappenas', 'bappenas' FROM agencies WHERE name_key = 'kementerianperencanaanpembangunannasional/bappenas';
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'Kementerian PPN/Bappenas', 'kementerianppn/bappenas' FROM agencies WHERE name_key = 'kementerianperencanaanpembangunannasional/bappenas';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Tentara Nasional Indonesia', 'TNI', 'tentaranasionalindonesia', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'TNI', 'tni' FROM agencies WHERE name_key = 'tentaranasionalindonesia';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Badan Intelijen Negara', 'BIN', 'badanintelijennegara', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'BIN', 'bin' FROM agencies WHERE name_key = 'badanintelijennegara';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Lembaga Perlindungan Saksi dan Korban', 'LPSK', 'lembagaperlindungansaksidankorban', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'LPSK', 'lpsk' FROM agencies WHERE name_key = 'lembagaperlindungansaksidankorban';
--> statement-breakpoint
INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES ('Pusat Pelaporan dan Analisis Transaksi Keuangan', 'PPATK', 'pusatpelaporandananalisistransaksikeuangan', NULL, 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, 'PPATK', 'ppatk' FROM agencies WHERE name_key = 'pusatpelaporandananalisistransaksikeuangan';
--> statement-breakpoint
INSERT OR IGNORE INTO task_forces (region_code, scope_key, formed) VALUES (NULL, 'nasional', 1);
