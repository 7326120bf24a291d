/**
 * The instructions sheet (`Petunjuk`) written at the front of the blank workbooks, in Indonesian:
 * one paragraph per row.
 */
export const PETUNJUK_SHEET = 'Petunjuk';

export const OPD_PETUNJUK: readonly string[] = [
  'Petunjuk Pengisian Workbook SAKIP OPD',
  '',
  '1. Profil: isi Kode OPD, Nama OPD, Tahun, dan Periode (bulan laporan). Model LKE biarkan seperti yang diberikan biro organisasi.',
  '2. LKE: pilih Jawaban setiap kriteria dari daftar pilihan di sel (Y/T, A–E, atau AA–E sesuai kriteria). Jangan mengubah kolom Kode. Baris bernomor 1 atau 1.1 adalah judul komponen dan subkomponen.',
  '   Kolom Nilai dihitung otomatis oleh add-in SAKIP Kit (=SAKIP.ANSWER); tanpa add-in sel itu boleh menampilkan #NAME?.',
  '   Catatan dan Bukti Dukung boleh diisi; tautan bukti sebaiknya diawali https://.',
  '3. Kinerja: satu baris per indikator. Polaritas Positif jika makin tinggi makin baik, Negatif jika makin rendah makin baik. Agregasi: Akhir (bawaan), Kumulatif, atau Rata-rata. IKU: Ya/Tidak.',
  '   Target tahunan boleh berupa rentang (misalnya 80–90). Isi Realisasi setiap bulan sampai periode laporan; bulan setelahnya dikosongkan.',
  '   Tulis angka dengan koma sebagai desimal (85,5).',
  '4. Pohon Kinerja: setiap simpul punya Kode unik dan Kode Induk (kode simpul di lembar ini atau di pohon kinerja kota). Level: Tujuan, Sasaran, Outcome Antara, Outcome Langsung, Output.',
  '5. Rekomendasi: tindak lanjut rekomendasi evaluasi sebelumnya; Status Belum, Proses, atau Selesai.',
  '',
  'Jangan mengganti nama lembar atau judul kolom. Simpan sebagai Buku Kerja Excel (.xlsx), tanpa kata sandi.',
  'Periksa berkas dengan panel SAKIP Kit di Excel atau dengan perintah: sakip validate <berkas.xlsx>.',
];

export const CITY_PETUNJUK: readonly string[] = [
  'Petunjuk Konfigurasi Kota (Biro Organisasi)',
  '',
  '1. Kota: isi Nama Kota dan Tahun evaluasi. Model LKE: 88/2021 (bawaan) atau 12/2015.',
  '   Batas Predikat: eksklusif (bawaan) atau inklusif. Rumus Polaritas Negatif: 2T-R (bawaan) atau T/R. Batas Capaian: kosong (tanpa batas) atau angka, misalnya 120.',
  '2. Daftar OPD: satu baris per OPD yang wajib mengirim workbook (Kode OPD, Nama OPD). Kode OPD harus sama dengan Kode OPD di lembar Profil workbook OPD.',
  '3. Pohon Kinerja Kota: Tujuan dan Sasaran RPJMD (Kode, Kode Induk, Level, Uraian, Indikator). Simpul pohon OPD disambungkan ke kode di sini.',
  '4. Model LKE kustom (opsional): tambahkan lembar "Model LKE" dengan kolom Kode, Uraian, Tipe (Y/T, A-E, AA-E), dan Aturan (opsional), lalu isi Nama Model di lembar Kota.',
  '',
  'Berkas ini dipakai oleh perintah: sakip consolidate --city <berkas ini> --input <folder> --out <hasil.xlsx>.',
];
