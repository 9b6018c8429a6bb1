<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../authoring_app/gui/backup_dialog.py" line="+67"/>
        <source>Restore from Backup</source>
        <translation>Zaxira nusxadan tiklash</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each time you close this handbook, Handbook Studio backs up the text files that changed. Choose a backup, compare a file with how it is now, check the files to put back and restore them. The versions they replace are backed up first, so a restore can be undone the same way.</source>
        <translation>Har safar ushbu qoʻllanmani yopganingizda Handbook Studio oʻzgargan matn fayllarining zaxira nusxasini oladi. Zaxira nusxani tanlang, faylni hozirgi holati bilan solishtiring, qaytariladigan fayllarni belgilang va ularni tiklang. Almashtiriladigan versiyalarning avval zaxira nusxasi olinadi, shuning uchun tiklashni xuddi shu yoʻl bilan bekor qilish mumkin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups, newest first</source>
        <translation>Zaxira nusxalar, eng yangisi birinchi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files in the backup</source>
        <translation>Zaxira nusxadagi fayllar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compared with now</source>
        <translation>Hozirgi holat bilan solishtirganda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file now and in the backup</source>
        <translation>Faylning hozirgi va zaxira nusxadagi holati</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Older backups are deleted when a new one is made</source>
        <translation>Yangisi yaratilganda eski zaxira nusxalar oʻchiriladi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups to keep:</source>
        <translation>Saqlanadigan &amp;zaxira nusxalar:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Restore Checked Files</source>
        <translation>Belgilangan fayllarni &amp;tiklash</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No backups yet: the first one is made when you close this handbook or quit the app.</source>
        <translation>Hali zaxira nusxalar yoʻq: birinchisi ushbu qoʻllanmani yopganingizda yoki dasturdan chiqqaningizda yaratiladi.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was restored. {problem}</source>
        <translation>Hech narsa tiklanmadi. {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not restored: {problem}</source>
        <translation>Tiklanmadi: {problem}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This backup cannot be used. {problem}</source>
        <translation>Bu zaxira nusxadan foydalanib boʻlmaydi. {problem}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Restored: {files}.</source>
        <translation>Tiklandi: {files}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already as in the backup: {files}.</source>
        <translation>Allaqachon zaxira nusxadagidek: {files}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The versions replaced are in the backup of {time}: restore from it to undo this.</source>
        <translation>Almashtirilgan versiyalar {time} dagi zaxira nusxada: buni bekor qilish uchun undan tiklang.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} · damaged</source>
        <translation>{name} · shikastlangan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on close</source>
        <translation>yopishda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>qoʻlda yaratilgan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>tiklashdan oldin</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ta fayl</numerusform>
            <numerusform>%n ta fayl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>differs from now</source>
        <translation>hozirgisidan farq qiladi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on disk now</source>
        <translation>hozir diskda yoʻq</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>same as now</source>
        <translation>hozirgisi bilan bir xil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the line ends (Windows or Unix) or the byte order mark differ; the text is the same.</source>
        <translation>Faqat satr oxirlari (Windows yoki Unix) yoki bayt tartibi belgisi farq qiladi; matn bir xil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: {file}</source>
        <translation>Hozir: {file}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on disk now</source>
        <translation>Hozir diskda yoʻq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup of {time}</source>
        <translation>{time} dagi zaxira nusxa</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <location filename="../authoring_app/gui/backup_words.py" line="+19"/>
        <source>{file} is {megabytes} MB, too large for a backup.</source>
        <translation>{file} hajmi {megabytes} MB — zaxira nusxa uchun juda katta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read ({error}).</source>
        <translation>{file} oʻqib boʻlmaydi ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a regular file (a pipe, a device or a folder).</source>
        <translation>{file} oddiy fayl emas (kanal, qurilma yoki jild).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} leads outside the handbook (a link?).</source>
        <translation>{file} qoʻllanmadan tashqariga olib boradi (havola?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} did not fit: the handbook&apos;s text is too large for one backup.</source>
        <translation>{file} sigʻmadi: qoʻllanma matni bitta zaxira nusxa uchun juda katta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} did not fit: one backup holds at most {limit} files.</source>
        <translation>{file} sigʻmadi: bitta zaxira nusxa koʻpi bilan {limit} ta faylni sigʻdiradi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read ({error}), so it was left as it is.</source>
        <translation>{file} oʻqib boʻlmaydi ({error}), shuning uchun u oʻzgartirilmadi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be written ({error}).</source>
        <translation>{file} yozib boʻlmadi ({error}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It holds too many files.</source>
        <translation>Unda fayllar juda koʻp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no manifest.json: it is not a Handbook Studio backup.</source>
        <translation>Unda manifest.json yoʻq: bu Handbook Studio zaxira nusxasi emas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be read ({error}).</source>
        <translation>Uni oʻqib boʻlmaydi ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its list of files is damaged ({detail}).</source>
        <translation>Uning fayllar roʻyxati shikastlangan ({detail}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup {backup} cannot be used.</source>
        <translation>{backup} zaxira nusxasidan foydalanib boʻlmaydi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of backups to keep must be 1 or more, not {keep}.</source>
        <translation>Saqlanadigan zaxira nusxalar soni 1 yoki undan koʻp boʻlishi kerak, {keep} emas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no backup {name} of this handbook.</source>
        <translation>Bu qoʻllanmaning {name} zaxira nusxasi yoʻq.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name {file} points outside the handbook, so it is refused.</source>
        <translation>{file} nomi qoʻllanmadan tashqariga ishora qiladi, shuning uchun u rad etildi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} has no file {file}.</source>
        <translation>{backup} zaxira nusxasida {file} fayli yoʻq.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup {backup} is damaged: {file} is not what was saved.</source>
        <translation>{backup} zaxira nusxasi shikastlangan: {file} saqlangan holatida emas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} holds more than can be restored at once: restore fewer files at a time.</source>
        <translation>{backup} zaxira nusxasida bir martada tiklash mumkin boʻlganidan koʻproq narsa bor: har safar kamroq faylni tiklang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} cannot be read ({error}).</source>
        <translation>{backup} zaxira nusxasini oʻqib boʻlmaydi ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read now ({error}).</source>
        <translation>{file} hozir oʻqib boʻlmaydi ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files it would replace could not be backed up first: {files}.</source>
        <translation>Almashtiriladigan fayllarning avval zaxira nusxasini olib boʻlmadi: {files}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be written to {folder} ({error}).</source>
        <translation>Zaxira nusxani {folder} jildiga yozib boʻlmadi ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in the backup is {megabytes} MB, more than a backup holds.</source>
        <translation>Zaxira nusxadagi {member} hajmi {megabytes} MB — zaxira nusxa sigʻdiradiganidan koʻp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in the backup unpacks to more than its size says: the backup is damaged.</source>
        <translation>Zaxira nusxadagi {member} koʻrsatilgan hajmidan koʻproq ochiladi: zaxira nusxa shikastlangan.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../authoring_app/gui/conflict_dialog.py" line="+78"/>
        <source>The file changed on disk</source>
        <extracomment>Keys typed this soon after the dialog opened (meant for the editor) are ignored. How the file is named to the author (&quot;ru/02-flipped-classroom.md&quot;). The text as it was opened (or last saved): the common base of a merge. The author&apos;s text in the editor. The file as it is on disk now. Where the version on disk is copied before the author&apos;s text replaces it (Keep My Text); None: nowhere. The other version was written by this app itself (another view of the same file, a restore from a backup). KEEP_MINE, TAKE_THEIRS, MERGED, or None (decide later).</extracomment>
        <translation>Fayl diskda oʻzgardi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was saved from another view of this window (languages side by side, segments, or a restore from a backup) while you had unsaved changes in it here. Compare the two versions and choose which to keep, or merge them.</source>
        <translation>Bu yerda saqlanmagan oʻzgarishlaringiz bor paytda &lt;b&gt;{file}&lt;/b&gt; fayli ushbu oynaning boshqa koʻrinishidan (tillar yonma-yon, segmentlar yoki zaxira nusxadan tiklash) saqlandi. Ikki versiyani solishtiring va qaysi birini qoldirishni tanlang yoki ularni birlashtiring.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was changed by another program (another editor, git, a synced folder) while you had unsaved changes in it. Compare the two versions and choose which to keep, or merge them.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; faylida saqlanmagan oʻzgarishlaringiz bor paytda uni boshqa dastur (boshqa muharrir, git, sinxronlanadigan jild) oʻzgartirdi. Ikki versiyani solishtiring va qaysi birini qoldirishni tanlang yoki ularni birlashtiring.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you keep your text, the version on disk is copied first to {folder}, so nothing is lost.</source>
        <translation>Agar matningizni qoldirsangiz, diskdagi versiya avval {folder} ichiga nusxalanadi, shuning uchun hech narsa yoʻqolmaydi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The version on disk compared with yours</source>
        <translation>Diskdagi versiya sizniki bilan solishtirilgan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On disk now (theirs)</source>
        <translation>Hozir diskda (ularniki)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the editor (yours)</source>
        <translation>Muharrirda (sizniki)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep My Text</source>
        <translation>&amp;Mening matnimni qoldirish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep your text; saving it replaces the version on disk (a copy of that version is kept)</source>
        <translation>Matningizni qoldiring; uni saqlash diskdagi versiyani almashtiradi (oʻsha versiyaning nusxasi saqlanadi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use the Version on Disk</source>
        <translation>&amp;Diskdagi versiyani olish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the version on disk into the editor (Ctrl+Z brings yours back)</source>
        <translation>Diskdagi versiyani muharrirga yuklash (Ctrl+Z siznikini qaytaradi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Birlashtirish…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combine both sets of changes, then check the result</source>
        <translation>Ikkala oʻzgarishlar toʻplamini birlashtiring, soʻng natijani tekshiring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Keyinroq &amp;hal qilish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change nothing now; saving will ask before it replaces the other version</source>
        <translation>Hozir hech narsa oʻzgartirilmaydi; saqlashda boshqa versiyani almashtirishdan oldin soʻraladi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Merged text</source>
        <translation>Birlashtirilgan matn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use Merged Text</source>
        <translation>Birlashtirilgan matndan &amp;foydalanish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this text in the editor, unsaved</source>
        <translation>Bu matnni muharrirga saqlamasdan joylash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Orqaga</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>your text</source>
        <translation>sizning matningiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on disk</source>
        <translation>diskda</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Both versions changed the same lines in %n place(s): both are kept between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines, highlighted. Keep what should stay, delete the rest and the marker lines, then use the merged text.</source>
        <translation>
            <numerusform>Ikkala versiya %n ta joyda bir xil satrlarni oʻzgartirgan: ikkalasi ham &lt;&lt;&lt;&lt;&lt;&lt;&lt; va &gt;&gt;&gt;&gt;&gt;&gt;&gt; satrlari orasida ajratib koʻrsatilgan holda saqlangan. Qolishi kerak boʻlganini qoldiring, qolganini va belgi satrlarini oʻchiring, soʻng birlashtirilgan matndan foydalaning.</numerusform>
            <numerusform>Ikkala versiya %n ta joyda bir xil satrlarni oʻzgartirgan: ikkalasi ham &lt;&lt;&lt;&lt;&lt;&lt;&lt; va &gt;&gt;&gt;&gt;&gt;&gt;&gt; satrlari orasida ajratib koʻrsatilgan holda saqlangan. Qolishi kerak boʻlganini qoldiring, qolganini va belgi satrlarini oʻchiring, soʻng birlashtirilgan matndan foydalaning.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The changes merged without conflicts. Check the text, then use it (it is not saved yet).</source>
        <translation>Oʻzgarishlar ziddiyatsiz birlashtirildi. Matnni tekshiring, soʻng undan foydalaning (u hali saqlanmagan).</translation>
    </message>
</context>
<context>
    <name>ConvertEncodingDialog</name>
    <message>
        <location filename="../authoring_app/gui/encoding_dialog.py" line="+84"/>
        <source>Convert to UTF-8?</source>
        <translation>UTF-8 ga aylantirilsinmi?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not saved as UTF-8, the encoding the handbook uses: it looks like &lt;b&gt;{encoding}&lt;/b&gt; text.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; qoʻllanma ishlatadigan UTF-8 kodlashida saqlanmagan: u &lt;b&gt;{encoding}&lt;/b&gt; matniga oʻxshaydi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not saved as UTF-8, the encoding the handbook uses, and its encoding cannot be told for sure. Choose the one in which the text below reads correctly.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; qoʻllanma ishlatadigan UTF-8 kodlashida saqlanmagan va uning kodlashini aniq aniqlab boʻlmaydi. Quyidagi matn toʻgʻri oʻqiladigan kodlashni tanlang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encoding of the file</source>
        <translation>Fayl kodlashi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first lines of the file in this encoding</source>
        <translation>Faylning ushbu kodlashdagi birinchi satrlari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converting rewrites the file as UTF-8 (same text, same line ends) and keeps a copy of the original next to the recovery copies, then opens it.</source>
        <translation>Aylantirish faylni UTF-8 da qayta yozadi (matn va satr oxirlari oʻzgarmaydi), aslining nusxasini tiklash nusxalari yonida saqlaydi, soʻng uni ochadi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Convert to UTF-8</source>
        <translation>UTF-8 ga &amp;aylantirish</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Read as:</source>
        <translation>&amp;Qaysi kodlashda oʻqish:</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../authoring_app/gui/diff_view.py" line="+120"/>
        <source>saved</source>
        <translation>saqlangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsaved</source>
        <translation>saqlanmagan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two versions are the same.</source>
        <translation>Ikkala versiya bir xil.</translation>
    </message>
</context>
<context>
    <name>DiffWords</name>
    <message numerus="yes">
        <location line="-75"/>
        <source>… %n unchanged line(s)</source>
        <translation>
            <numerusform>… oʻzgarmagan %n ta qator</numerusform>
            <numerusform>… oʻzgarmagan %n ta qator</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Encoding</name>
    <message>
        <location filename="../authoring_app/core/encoding.py" line="+25"/>
        <source>Windows-1251 (Cyrillic)</source>
        <extracomment>The encodings the app offers to convert from, with what they were used for (the GUI&apos;s list, translated there with ``QCoreApplication.translate(NAMES_CONTEXT, name)``; the CLI&apos;s --from).</extracomment>
        <translation>Windows-1251 (kirill)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KOI8-R (Russian)</source>
        <translation>KOI8-R (rus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KOI8-U (Ukrainian)</source>
        <translation>KOI8-U (ukrain)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOS 866 (Cyrillic)</source>
        <translation>DOS 866 (kirill)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 8859-5 (Cyrillic)</source>
        <translation>ISO 8859-5 (kirill)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mac Cyrillic</source>
        <translation>Mac kirill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16 (Windows “Unicode”)</source>
        <translation>UTF-16 (Windows “Unicode”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Gʻarbiy Yevropa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254 (turk)</translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <location filename="../authoring_app/gui/encoding_dialog.py" line="-72"/>
        <source>Line {line} cannot be read as {encoding}: the file is in another encoding.</source>
        <extracomment>The encoding shown first when the bytes do not say which one they are in.</extracomment>
        <translation>{line}-qatorni {encoding} sifatida oʻqib boʻlmaydi: fayl boshqa kodlashda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{encoding}” is not an encoding this app knows.</source>
        <translation>“{encoding}” — bu dastur bilmaydigan kodlash.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is {size} MB, too large for a section: split it into several sections.</source>
        <translation>Fayl {size} MB, boʻlim uchun juda katta: uni bir necha boʻlimga ajrating.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>Faylni oʻqib boʻlmaydi: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be converted: {reason}. It is unchanged; check the folder&apos;s permissions and free space, then try again.</source>
        <translation>Faylni aylantirib boʻlmadi: {reason}. U oʻzgarmadi; jild ruxsatlari va boʻsh joyni tekshiring, soʻng qayta urinib koʻring.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Cannot convert</source>
        <translation>Aylantirib boʻlmadi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} was converted from {encoding} to UTF-8; the original is kept in {backup}.</source>
        <translation>{file} {encoding} kodlashidan UTF-8 ga aylantirildi; asl nusxa {backup} ichida saqlangan.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../authoring_app/gui/export_runner.py" line="+146"/>
        <source>Exporting</source>
        <extracomment>Threads of running exports. A thread has no parent, so closing the window that started it never destroys it while it runs (Qt aborts then); it leaves this set when it has finished.</extracomment>
        <translation>Eksport qilinmoqda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Eksport jarayoni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the export…</source>
        <translation>Eksportga tayyorlanmoqda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopping the export…</source>
        <translation>Eksport toʻxtatilmoqda…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rendering sections</source>
        <translation>Boʻlimlar tayyorlanmoqda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing pages</source>
        <translation>Sahifalar yozilmoqda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the search index</source>
        <translation>Qidiruv indeksi yaratilmoqda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing files</source>
        <translation>Fayllar yozilmoqda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCORM 1.2 packages</source>
        <translation>SCORM 1.2 paketlari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCORM 2004 packages</source>
        <translation>SCORM 2004 paketlari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPUB books</source>
        <translation>EPUB kitoblari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single HTML files</source>
        <translation>Yagona HTML fayllar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files</source>
        <translation>PDF fayllar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validating</source>
        <translation>Validatsiya</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {total} tadan {done} tasi</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export Failed</source>
        <translation>Eksport amalga oshmadi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything exported to that folder before is unchanged.</source>
        <translation>Ushbu jildga avval eksport qilingan narsalar oʻzgarmagan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The handbook could not be read, so nothing was exported.</source>
        <translation>Qoʻllanmani oʻqib boʻlmadi, shuning uchun hech narsa eksport qilinmadi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

Correct the file named above and export again.</source>
        <translation>{problem}

Yuqorida koʻrsatilgan faylni tuzating va qayta eksport qiling.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handbook could not be exported to {folder}.</source>
        <translation>Qoʻllanmani {folder} jildiga eksport qilib boʻlmadi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export could not write to {folder}.</source>
        <translation>Eksport {folder} jildiga yoza olmadi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {reason}.

Check that the disk has free space and that you may write to that folder, then export again. {unchanged}</source>
        <translation>{file}: {reason}.

Diskda boʻsh joy borligini va bu jildga yozish huquqingiz borligini tekshiring, soʻng qayta eksport qiling. {unchanged}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unexpected error stopped the export to {folder}.</source>
        <translation>Kutilmagan xato {folder} jildiga eksportni toʻxtatdi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{error}

{unchanged} Please report this problem, with the details below, to the people who maintain Handbook Studio.</source>
        <translation>{error}

{unchanged} Iltimos, bu muammo haqida quyidagi tafsilotlar bilan Handbook Studio dasturini qoʻllab-quvvatlovchilarga xabar bering.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export cancelled: the folder is as it was before.</source>
        <translation>Eksport bekor qilindi: jild avvalgi holatida qoldi.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Validating the result…</source>
        <translation>Natija validatsiya qilinmoqda…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../authoring_app/gui/export_dialog.py" line="+73"/>
        <source>Export Handbook</source>
        <extracomment>False: the export would be refused, so the Export button is off. Shown under the folder field (&quot;&quot; when there is nothing to say). True when ``message`` is a warning rather than a note.</extracomment>
        <translation>Qoʻllanmani eksport qilish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export handbook</source>
        <translation>Qoʻllanmani eksport qilish</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output folder</source>
        <translation>Natija jildi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Koʻrib chiqish…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the output folder</source>
        <translation>Natija jildini tanlang</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About the output folder</source>
        <translation>Natija jildi haqida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Formats to make</source>
        <translation>Yaratiladigan formatlar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Validate the result (HTML, accessibility, EPUB and SCORM checks)</source>
        <translation>Natijani &amp;validatsiya qilish (HTML, maxsus imkoniyatlar, EPUB va SCORM tekshiruvlari)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs the validators installed on this computer and writes report.html; takes a little longer.</source>
        <translation>Ushbu kompyuterda oʻrnatilgan validatorlarni ishga tushiradi va report.html faylini yozadi; biroz koʻproq vaqt oladi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages to export</source>
        <translation>Eksport qilinadigan tillar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{language} ({code}, source)</source>
        <translation>{language} ({code}, manba)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Base URL (optional)</source>
        <translation>Asosiy URL (ixtiyoriy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://courses.example.edu/handbook/ (optional)</source>
        <translation>https://courses.example.edu/handbook/ (ixtiyoriy)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output &amp;folder:</source>
        <translation>&amp;Natija jildi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ormats:</source>
        <translation>&amp;Formatlar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Tillar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base &amp;URL:</source>
        <translation>Asosiy &amp;URL:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksport qilish</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose the folder the export goes into.</source>
        <translation>Eksport yoziladigan jildni tanlang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the full path of the folder, or choose it with Browse…</source>
        <translation>Jildning toʻliq yoʻlini kiriting yoki uni “Koʻrib chiqish…” orqali tanlang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This folder holds the handbook itself: choose another folder.</source>
        <translation>Bu jildda qoʻllanmaning oʻzi joylashgan: boshqa jildni tanlang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is inside the handbook: choose a folder outside {root}.</source>
        <translation>Bu jild qoʻllanma ichida: {root} tashqarisidagi jildni tanlang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a file, not a folder: choose a folder.</source>
        <translation>Bu jild emas, fayl: jildni tanlang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An earlier export in this folder will be replaced.</source>
        <translation>Bu jilddagi avvalgi eksport almashtiriladi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is not empty and was not made by an export. The export replaces its whole folder, so it will not write here: choose an empty or new folder.</source>
        <translation>Bu jild boʻsh emas va uni eksport yaratmagan. Eksport oʻz jildini butunlay almashtiradi, shuning uchun bu yerga yozmaydi: boʻsh yoki yangi jildni tanlang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder is empty: the export will be written into it.</source>
        <translation>Jild boʻsh: eksport unga yoziladi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder cannot be read ({reason}).</source>
        <translation>Bu jildni oʻqib boʻlmaydi ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder will be created.</source>
        <translation>Jild yaratiladi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the Output Folder</source>
        <translation>Natija jildini tanlash</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose at least one format.</source>
        <translation>Kamida bitta formatni tanlang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One file per language and format goes into the folder, the website into its site folder.</source>
        <translation>Har bir til va format uchun bitta fayl jildga yoziladi, veb-sayt esa site ichki jildiga.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per language and format goes into the folder.</source>
        <translation>Har bir til va format uchun bitta fayl jildga yoziladi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose at least one language.</source>
        <translation>Kamida bitta tilni tanlang.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only for sitemap.xml: search engines need full addresses. Leave empty if unsure.</source>
        <translation>Faqat sitemap.xml uchun: qidiruv tizimlariga toʻliq manzillar kerak. Ishonchingiz komil boʻlmasa, boʻsh qoldiring.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A base URL starts with https:// (or http://).</source>
        <translation>Asosiy URL https:// (yoki http://) bilan boshlanadi.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../authoring_app/gui/export_formats.py" line="+192"/>
        <source>all</source>
        <extracomment>Format keys, in the order of :data:`EXPORT_FORMATS` (never empty). The chosen languages, in the handbook&apos;s order (never empty). Worker processes for rendering (None: the core&apos;s choice). Tests pass 1 to stay in one process. Run the installed validators on the result and write report.html. The file &quot;Open&quot; shows (the site&apos;s language chooser, a package, a book …); None when there is nothing to open. Pages a reader can open (HTML pages of a website). All files written or kept. Sections rendered this time (the others came from the cache). Files kept unchanged from the previous export. Every output, for validation. With &quot;Validate the result&quot;: report.html, one line per check, and whether a check failed. Source texts, translated when shown (marked with QT_TRANSLATE_NOOP in the &quot;ExportFormats&quot; context). Runs this format&apos;s part of a job; ``progress`` may raise to stop it (cancellation). ``module:function`` of the builder; the format is offered only when it imports. Must run on the GUI thread (QtWebEngine): the controller runs it there, after the export thread.</extracomment>
        <translation>barchasi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(first: {message})</source>
        <translation>(birinchisi: {message})</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Website (online and offline)</source>
        <translation>Veb-sayt (onlayn va oflayn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static pages for a web server that also work straight from a folder or a USB stick: open index.html.</source>
        <translation>Veb-server uchun statik sahifalar, ular toʻgʻridan-toʻgʻri jild yoki fleshkadan ham ishlaydi: index.html faylini oching.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Open in browser</source>
        <translation>Brauzerda ochish</translation>
    </message>
    <message>
        <location line="-20"/>
        <location filename="../authoring_app/core/export/formats.py" line="+47"/>
        <source>SCORM 1.2 package</source>
        <extracomment>Every format the app knows, in the dialog&apos;s order.
----------
What it is, for messages and the export dialog (the GUI translates it in the context ``ExportFormats``). The file each language gets: ``{lang}`` is replaced. ``module:function`` of the builder.</extracomment>
        <translation>SCORM 1.2 paketi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .zip per language for Moodle and most other LMSs.</source>
        <translation>Har bir til uchun bitta .zip — Moodle va boshqa koʻpchilik LMS uchun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SCORM 2004 package</source>
        <translation>SCORM 2004 paketi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .zip per language for LMSs that run SCORM 2004 (4th edition).</source>
        <translation>Har bir til uchun bitta .zip — SCORM 2004 (4-nashr) bilan ishlaydigan LMS uchun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EPUB book</source>
        <translation>EPUB kitob</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An EPUB 3 e-book per language, for e-readers and reading apps.</source>
        <translation>Har bir til uchun bitta EPUB 3 elektron kitob — elektron kitob oʻqish qurilmalari va ilovalari uchun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open book</source>
        <translation>Kitobni ochish</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single HTML file</source>
        <translation>Yagona HTML fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole handbook in one self-contained .html file per language.</source>
        <translation>Butun qoʻllanma har bir til uchun bitta mustaqil .html faylda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../authoring_app/core/export/formats.py" line="+24"/>
        <source>PDF for print</source>
        <translation>Chop etish uchun PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An A4 PDF per language, for printing.</source>
        <translation>Har bir til uchun bitta A4 formatli PDF, chop etish uchun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open PDF</source>
        <translation>PDF faylini ochish</translation>
    </message>
    <message>
        <location filename="../authoring_app/core/export/formats.py" line="-18"/>
        <source>SCORM 2004 (4th edition) package</source>
        <translation>SCORM 2004 (4-nashr) paketi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>EPUB 3 book</source>
        <translation>EPUB 3 kitob</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>single HTML file</source>
        <translation>yagona HTML fayl</translation>
    </message>
    <message>
        <location filename="../authoring_app/core/export/validation.py" line="+33"/>
        <source>website</source>
        <extracomment>The format name of the website&apos;s checks (the GUI translates it in the context ``ExportFormats``).</extracomment>
        <translation>veb-sayt</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <location filename="../authoring_app/gui/export_runner.py" line="+34"/>
        <source>Export Finished</source>
        <translation>Eksport yakunlandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export finished</source>
        <translation>Eksport yakunlandi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export is ready.</source>
        <translation>Eksport tayyor.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The export is ready, with %n problems.</source>
        <translation>
            <numerusform>Eksport tayyor, %n ta muammo bor.</numerusform>
            <numerusform>Eksport tayyor, %n ta muammo bor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n ta sahifa</numerusform>
            <numerusform>%n ta sahifa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n ta fayl</numerusform>
            <numerusform>%n ta fayl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pages} ({files} in all) in {seconds} s, written to {folder}</source>
        <translation>{pages} (jami {files}) {seconds} soniyada, {folder} jildiga yozildi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export summary</source>
        <translation>Eksport xulosasi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No section had to be rendered again: all came from the cache.</source>
        <translation>Hech bir boʻlimni qaytadan tayyorlash shart boʻlmadi: hammasi keshdan olindi.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sections rendered now</source>
        <translation>
            <numerusform>%n ta boʻlim hozir tayyorlandi</numerusform>
            <numerusform>%n ta boʻlim hozir tayyorlandi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n files unchanged since the last export.</source>
        <translation>
            <numerusform>%n ta fayl oxirgi eksportdan beri oʻzgarmagan.</numerusform>
            <numerusform>%n ta fayl oxirgi eksportdan beri oʻzgarmagan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sections rendered now.</source>
        <translation>
            <numerusform>%n ta boʻlim hozir tayyorlandi.</numerusform>
            <numerusform>%n ta boʻlim hozir tayyorlandi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems found</source>
        <translation>Topilgan muammolar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pages concerned are still published. Correct the files named below and export again:</source>
        <translation>Tegishli sahifalar baribir nashr etildi. Quyida koʻrsatilgan fayllarni tuzating va qayta eksport qiling:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problems found.</source>
        <translation>Hech qanday muammo topilmadi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open report</source>
        <translation>Hisobotni ochish</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show folder</source>
        <translation>Jildni koʻrsatish</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Validation results</source>
        <translation>Validatsiya natijalari</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation found problems (✗). Open the report for the details:</source>
        <translation>Validatsiya muammolarni topdi (✗). Tafsilotlar uchun hisobotni oching:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation found no problem. — marks a check whose validator is not installed:</source>
        <translation>Validatsiya hech qanday muammo topmadi. — belgisi validatori oʻrnatilmagan tekshiruvni bildiradi:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot Open</source>
        <translation>Ochib boʻlmadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program to open {path} was found. Open it from your file manager.</source>
        <translation>{path} faylini ochish uchun dastur topilmadi. Uni fayl menejeridan oching.</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <location filename="../authoring_app/gui/external_changes.py" line="+161"/>
        <source>{file} changed on disk but cannot be read ({error}); your text stays in the editor.</source>
        <translation>{file} diskda oʻzgardi, lekin uni oʻqib boʻlmaydi ({error}); matningiz muharrirda qoladi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} was changed by another program and reloaded (Ctrl+Z brings back the text before).</source>
        <translation>{file} boshqa dastur tomonidan oʻzgartirildi va qayta yuklandi (Ctrl+Z avvalgi matnni qaytaradi).</translation>
    </message>
    <message numerus="yes">
        <location line="-56"/>
        <source>%n file(s) deleted or renamed</source>
        <extracomment>How long the segment grid&apos;s refresh waits for the translator to finish editing a cell. A burst of outside changes was handled: the ``frozenset`` of files it touched.</extracomment>
        <translation>
            <numerusform>%n ta fayl oʻchirildi yoki qayta nomlandi</numerusform>
            <numerusform>%n ta fayl oʻchirildi yoki qayta nomlandi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted or renamed by another program (%n file(s)): {files}. Your text is still open in the app, unsaved, and in the recovery copy: save it to write the file again, or copy the text elsewhere.</source>
        <translation>
            <numerusform>Boshqa dastur oʻchirgan yoki qayta nomlagan fayllar (%n ta): {files}. Matningiz hali ham dasturda ochiq, saqlanmagan va tiklash nusxasida: faylni qayta yozish uchun uni saqlang yoki matnni boshqa joyga nusxalang.</numerusform>
            <numerusform>Boshqa dastur oʻchirgan yoki qayta nomlagan fayllar (%n ta): {files}. Matningiz hali ham dasturda ochiq, saqlanmagan va tiklash nusxasida: faylni qayta yozish uchun uni saqlang yoki matnni boshqa joyga nusxalang.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{file}: the version on disk could not be copied ({error}), so nothing was changed; saving will ask before it replaces that version.</source>
        <translation>{file}: diskdagi versiyani nusxalab boʻlmadi ({error}), shuning uchun hech narsa oʻzgartirilmadi; saqlashda dastur oʻsha versiyani almashtirishdan oldin soʻraydi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: your text is kept; saving replaces the version on disk, copied to {copy}.</source>
        <translation>{file}: matningiz qoldirildi; saqlash {copy} ichiga nusxalangan diskdagi versiyani almashtiradi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: the version on disk was loaded.</source>
        <translation>{file}: diskdagi versiya yuklandi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: the merged text is in the editor, not saved yet.</source>
        <translation>{file}: birlashtirilgan matn muharrirda, hali saqlanmagan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} changed on disk; saving will ask before it replaces that change.</source>
        <translation>{file} diskda oʻzgardi; saqlashda bu oʻzgarishni almashtirishdan oldin soʻraladi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>handbook.toml was changed by another program and cannot be read ({error}); the contents shown are as before. Correct the file to see the new contents.</source>
        <translation>handbook.toml boshqa dastur tomonidan oʻzgartirildi va uni oʻqib boʻlmaydi ({error}); koʻrsatilgan mundarija avvalgidek. Yangi mundarijani koʻrish uchun faylni tuzating.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>handbook.toml was changed by another program: the contents were reloaded.</source>
        <translation>handbook.toml boshqa dastur tomonidan oʻzgartirildi: mundarija qayta yuklandi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The section {slug} is no longer in handbook.toml; its text stays open.</source>
        <translation>{slug} boʻlimi endi handbook.toml faylida yoʻq; uning matni ochiq qoladi.</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <location filename="../authoring_app/gui/media_form.py" line="+123"/>
        <source>&amp;Remove</source>
        <translation>&amp;Olib tashlash</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../authoring_app/gui/editor/find_replace.py" line="+68"/>
        <source>Find and replace</source>
        <extracomment>How many matches are painted in the text at most (counting goes on beyond it).</extracomment>
        <translation>Topish va almashtirish</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Topish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to find</source>
        <translation>Qidiriladigan matn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with</source>
        <translation>Nima bilan almashtirish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement text</source>
        <translation>Almashtiruvchi matn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With regular expressions, \1 or \g&lt;name&gt; inserts a matched group</source>
        <translation>Muntazam ifodalarda \1 yoki \g&lt;name&gt; mos kelgan guruhni qoʻyadi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match &amp;case</source>
        <translation>&amp;Registrni hisobga olish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Registrni hisobga olish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Butun soʻzlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words only</source>
        <translation>Faqat butun soʻzlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gular expression</source>
        <translation>Muntazam &amp;ifoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Muntazam ifoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python regular expressions; refer to groups as \1 in the replacement</source>
        <translation>Python muntazam ifodalari; almashtirishda guruhlarga \1 kabi murojaat qiling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Oldingi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Oldingi moslikni topish (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Keyingi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the next match (F3)</source>
        <translation>Keyingi moslikni topish (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Almashtirish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace this match and find the next</source>
        <translation>Bu moslikni almashtirish va keyingisini topish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;all</source>
        <translation>&amp;Hammasini almashtirish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace every match</source>
        <translation>Barcha mosliklarni almashtirish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Escape)</source>
        <translation>Qidiruv panelini yopish (Escape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find bar</source>
        <translation>Qidiruv panelini yopish</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search result</source>
        <translation>Qidiruv natijasi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Find…</source>
        <translation>&amp;Topish…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Almashtirish…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;next</source>
        <translation>K&amp;eyingisini topish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find pre&amp;vious</source>
        <translation>&amp;Oldingisini topish</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>%n ta moslik almashtirildi</numerusform>
            <numerusform>%n ta moslik almashtirildi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Invalid replacement: {error}</source>
        <translation>Notoʻgʻri almashtirish: {error}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{current} of {total}</source>
        <translation>{total} tadan {current}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}, from the top</source>
        <translation>{total} tadan {current}, boshidan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}, from the end</source>
        <translation>{total} tadan {current}, oxiridan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid regular expression: {error}</source>
        <translation>Notoʻgʻri muntazam ifoda: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No matches</source>
        <translation>Mosliklar yoʻq</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n ta moslik</numerusform>
            <numerusform>%n ta moslik</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <location filename="../authoring_app/gui/editor/formatting.py" line="+346"/>
        <source>&amp;Bold</source>
        <translation>&amp;Qalin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text bold</source>
        <translation>Belgilangan matnni qalin qilish</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text italic</source>
        <translation>Belgilangan matnni kursiv qilish</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inline &amp;code</source>
        <translation>&amp;Satr ichidagi kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected text as code</source>
        <translation>Belgilangan matnni kod sifatida belgilash</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Link…</source>
        <translation>&amp;Havola…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text a link</source>
        <translation>Belgilangan matnni havolaga aylantirish</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heading &amp;{level}</source>
        <translation>Sarlavha &amp;{level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line a heading of level {level}</source>
        <translation>Joriy satrni {level}-darajali sarlavhaga aylantirish</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Xatboshi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line plain text</source>
        <translation>Joriy satrni oddiy matnga aylantirish</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;ulleted list</source>
        <translation>&amp;Belgili roʻyxat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a bulleted list</source>
        <translation>Belgilangan satrlarni belgili roʻyxatga aylantirish</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Numbered list</source>
        <translation>&amp;Raqamli roʻyxat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a numbered list</source>
        <translation>Belgilangan satrlarni raqamli roʻyxatga aylantirish</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Block &amp;quote</source>
        <translation>&amp;Iqtibos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote the selected lines</source>
        <translation>Belgilangan satrlarni iqtibos sifatida belgilash</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code bl&amp;ock</source>
        <translation>K&amp;od bloki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected lines in a code block</source>
        <translation>Belgilangan satrlarni kod blokiga joylash</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Table</source>
        <translation>&amp;Jadval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a table with three columns and two rows</source>
        <translation>Uch ustun va ikki qatorli jadval qoʻshish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Ustun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Matn</translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <location filename="../authoring_app/gui/editor/front_matter_form.py" line="+97"/>
        <source>Section details</source>
        <extracomment>The header changed (in the text or through the form); the argument is its data (empty when absent).</extracomment>
        <translation>Boʻlim tafsilotlari</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Front matter problems</source>
        <translation>Metama’lumotlardagi muammolar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Sarlavha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section&apos;s title, as shown in the contents</source>
        <translation>Boʻlim sarlavhasi, mundarijada koʻrsatilganidek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Qisqacha mazmun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two sentences for the contents page and search</source>
        <translation>Mundarija sahifasi va qidiruv uchun bir-ikki gap</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keywords</source>
        <translation>Kalit soʻzlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Separated by commas</source>
        <translation>Vergul bilan ajrating</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Authors</source>
        <translation>Mualliflar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Sarlavha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Qisqacha mazmun:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keywords:</source>
        <translation>&amp;Kalit soʻzlar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au&amp;thors:</source>
        <translation>&amp;Mualliflar:</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Line {line}: {problem}</source>
        <translation>{line}-satr: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the front matter in the text; the form is read-only until then.</source>
        <translation>Metama’lumotlarni matnda tuzating; shu paytgacha forma faqat oʻqish uchun.</translation>
    </message>
</context>
<context>
    <name>InsertAudioDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="+232"/>
        <source>Insert Audio</source>
        <translation>Audio qoʻshish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert audio</source>
        <translation>Audio qoʻshish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an audio file</source>
        <translation>Audio faylni tanlang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recording chosen yet</source>
        <translation>Hali yozuv tanlanmagan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption of the recording</source>
        <translation>Yozuv izohi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown above the player, e.g. who speaks about what</source>
        <translation>Pleer ustida koʻrsatiladi, masalan, kim nima haqida gapiradi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;transcript files, one per language</source>
        <translation>&amp;Yozuv matni fayllarini yaratish, har til uchun bittadan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create transcript files for each language</source>
        <translation>Har bir til uchun yozuv matni fayllarini yaratish</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audio &amp;file:</source>
        <translation>Audio &amp;fayl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>&amp;Izoh:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording is copied as it is (Ogg or MP3 play everywhere). Languages: {languages}.</source>
        <translation>Yozuv oʻzgarishsiz nusxalanadi (Ogg yoki MP3 hamma joyda ijro etiladi). Tillar: {languages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Recording</source>
        <translation>Yozuvni tanlash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio ({patterns})</source>
        <translation>Audio ({patterns})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These transcript files were created in the handbook&apos;s media folder, one per language. Write what is said in the recording into them (Markdown):

{files}</source>
        <translation>Ushbu yozuv matni fayllari qoʻllanmaning media jildida, har til uchun bittadan yaratildi. Yozuvda aytilganlarni ularga yozing (Markdown):

{files}</translation>
    </message>
</context>
<context>
    <name>InsertImageDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_image_dialog.py" line="+70"/>
        <source>Insert Image</source>
        <translation>Rasm qoʻshish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert image</source>
        <translation>Rasm qoʻshish</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose file…</source>
        <translation>Faylni &amp;tanlash…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an image file</source>
        <translation>Rasm faylini tanlang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No image chosen yet</source>
        <translation>Hali rasm tanlanmagan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop an image here or choose a file</source>
        <translation>Rasmni shu yerga tashlang yoki faylni tanlang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the image</source>
        <translation>Rasmni oldindan koʻrish</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image size</source>
        <translation>Rasm oʻlchami</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt text (required)</source>
        <translation>Muqobil matn (majburiy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the image shows, for readers who cannot see it. Required.</source>
        <translation>Rasmda nima tasvirlangani — uni koʻra olmaydigan oʻquvchilar uchun. Majburiy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the image shows, e.g. “Students working in pairs”</source>
        <translation>Rasmda nima tasvirlangan, masalan, “Talabalar juft boʻlib ishlamoqda”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alt text is required: readers with a screen reader hear it instead of seeing the image.</source>
        <translation>Muqobil matn majburiy: ekrandan oʻqish dasturidan foydalanadigan oʻquvchilar rasmni koʻrish oʻrniga uni eshitadi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why alt text is needed</source>
        <translation>Muqobil matn nima uchun kerak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caption (optional)</source>
        <translation>Izoh (ixtiyoriy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown under the image (optional)</source>
        <translation>Rasm ostida koʻrsatiladi (ixtiyoriy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert</source>
        <translation>&amp;Qoʻshish</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image &amp;file:</source>
        <translation>Rasm &amp;fayli:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Alt text (required):</source>
        <translation>&amp;Muqobil matn (majburiy):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ption:</source>
        <translation>&amp;Izoh:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an Image</source>
        <translation>Rasmni tanlash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({patterns})</source>
        <translation>Rasmlar ({patterns})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pasted image</source>
        <translation>Qoʻyilgan rasm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This Image Cannot Be Used</source>
        <translation>Bu rasmdan foydalanib boʻlmaydi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No preview available</source>
        <translation>Oldindan koʻrish mavjud emas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SVG drawing: stored as it is, sharp at any size.</source>
        <translation>SVG chizma: oʻzgarishsiz saqlanadi, har qanday oʻlchamda aniq koʻrinadi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{width} × {height} pixels: will be scaled down to {final_width} × {final_height} pixels, large enough for any screen.</source>
        <translation>{width} × {height} piksel: {final_width} × {final_height} pikselgacha kichraytiriladi, bu har qanday ekran uchun yetarli.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{width} × {height} pixels.</source>
        <translation>{width} × {height} piksel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera data (such as the location) will be removed.</source>
        <translation>Kamera ma’lumotlari (masalan, joylashuv) olib tashlanadi.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The Image Was Not Inserted</source>
        <translation>Rasm qoʻshilmadi</translation>
    </message>
</context>
<context>
    <name>InsertVideoDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="-108"/>
        <source>Insert Video</source>
        <translation>Video qoʻshish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert video</source>
        <translation>Video qoʻshish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a video file</source>
        <translation>Video faylni tanlang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No video chosen yet</source>
        <translation>Hali video tanlanmagan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption under the player</source>
        <translation>Pleer ostidagi izoh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown under the player, e.g. what the video is about</source>
        <translation>Pleer ostida koʻrsatiladi, masalan, video nima haqida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;caption files (.vtt), one per language</source>
        <translation>&amp;Subtitr fayllarini yaratish (.vtt), har til uchun bittadan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create caption files for each language</source>
        <translation>Har bir til uchun subtitr fayllarini yaratish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose poster…</source>
        <translation>Muqovani tanlash…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a poster image</source>
        <translation>Muqova rasmini tanlang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (optional)</source>
        <translation>Yoʻq (ixtiyoriy)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the poster image</source>
        <translation>Muqova rasmini olib tashlash</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Video file:</source>
        <translation>&amp;Video fayl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Poster:</source>
        <translation>&amp;Muqova:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>&amp;Izoh:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is copied as it is (WebM or MP4 play everywhere). Languages: {languages}.</source>
        <translation>Video oʻzgarishsiz nusxalanadi (WebM yoki MP4 hamma joyda ijro etiladi). Tillar: {languages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Video</source>
        <translation>Videoni tanlash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Videos ({patterns})</source>
        <translation>Videolar ({patterns})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Poster Image</source>
        <translation>Muqova rasmini tanlash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images ({patterns})</source>
        <translation>Rasmlar ({patterns})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>These caption files were created in the handbook&apos;s media folder, one per language. Write the captions into them (WebVTT):

{files}</source>
        <translation>Ushbu subtitr fayllari qoʻllanmaning media jildida, har til uchun bittadan yaratildi. Subtitrlarni ularga yozing (WebVTT):

{files}</translation>
    </message>
</context>
<context>
    <name>InterfacePage</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="+55"/>
        <source>Interface</source>
        <translation>Interfeys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Tizim boʻyicha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the interface</source>
        <translation>Interfeys tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used the next time Handbook Studio starts.</source>
        <translation>Yangi til Handbook Studio keyingi safar ishga tushganda qoʻllanadi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Til:</translation>
    </message>
</context>
<context>
    <name>LanguageColumn</name>
    <message>
        <location filename="../authoring_app/gui/translation/side_by_side_column.py" line="+56"/>
        <source>Language of this column</source>
        <extracomment>The user picked another language in the header&apos;s picker. The editor took the focus: this is the column Ctrl+S saves and whose segment is highlighted.</extracomment>
        <translation>Bu ustun tili</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>● unsaved</source>
        <translation>● saqlanmagan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This column has unsaved changes</source>
        <translation>Bu ustunda saqlanmagan oʻzgarishlar bor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation status of this column</source>
        <translation>Bu ustunning tarjima holati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Oldindan koʻrish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the page of this language below</source>
        <translation>Bu til sahifasini pastda koʻrsatish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this language in the section editor</source>
        <translation>Bu tilni boʻlim muharririda ochish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this column</source>
        <translation>Bu ustunni olib tashlash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove column</source>
        <translation>Ustunni olib tashlash</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{language} text</source>
        <translation>{language} matni</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Source language</source>
        <translation>Manba tili</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n outdated</source>
        <translation>
            <numerusform>%n ta eskirgan</numerusform>
            <numerusform>%n ta eskirgan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n ta yetishmayotgan</numerusform>
            <numerusform>%n ta yetishmayotgan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n extra</source>
        <translation>
            <numerusform>%n ta ortiqcha</numerusform>
            <numerusform>%n ta ortiqcha</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date</source>
        <translation>Dolzarb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counts} (against {pivot})</source>
        <translation>{counts} ({pivot}ga nisbatan)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{file} (new file)</source>
        <translation>{file} (yangi fayl)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the recovery copy: {error}</source>
        <translation>Tiklash nusxasini yozib boʻlmadi: {error}</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <location filename="../authoring_app/gui/languages.py" line="+13"/>
        <source>Bulgarian</source>
        <translation>Bolgar tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Rus tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Ingliz tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Qozoq tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>Qirgʻiz tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajik</source>
        <translation>Tojik tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmen</source>
        <translation>Turkman tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>Oʻzbek tili</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../authoring_app/gui/main_actions.py" line="+39"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Handbook…</source>
        <translation>&amp;Yangi qoʻllanma…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Handbook…</source>
        <translation>Qoʻllanmani &amp;ochish…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a handbook folder (the one holding handbook.toml)</source>
        <translation>Qoʻllanma jildini ochish (handbook.toml joylashgan jild)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>So&amp;nggi ochilganlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Saqlash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the handbook as a website that also works offline</source>
        <translation>Qoʻllanmani oflayn ham ishlaydigan veb-sayt sifatida nashr etish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Chiqish</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Tahrirlash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Bekor qilish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>Qa&amp;ytarish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kesish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Nusxalash</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation>&amp;Qoʻyish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>&amp;Hammasini belgilash</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Sozlamalar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insert</source>
        <translation>&amp;Qoʻshish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image…</source>
        <translation>&amp;Rasm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Video…</source>
        <translation>&amp;Video…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audio…</source>
        <translation>&amp;Audio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quiz</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table</source>
        <translation>&amp;Jadval</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Structure</source>
        <translation>Tu&amp;zilma</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;View</source>
        <translation>&amp;Koʻrinish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Preview</source>
        <translation>&amp;Oldindan koʻrishni koʻrsatish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>&amp;Mavzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;Tizim boʻyicha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Yorugʻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Qorongʻi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Joylashuvni tiklash</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Yordam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Handbook Studio</source>
        <translation>Handbook Studio &amp;haqida</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Asosiy asboblar paneli</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>{file}: only images, video and audio can be dropped into a section</source>
        <translation>{file}: boʻlimga faqat rasm, video va audio tashlash mumkin</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(none yet)</source>
        <translation>(hali yoʻq)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../authoring_app/gui/main_window.py" line="+55"/>
        <location line="+370"/>
        <location line="+25"/>
        <source>Handbook Studio</source>
        <translation>Handbook Studio</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>Handbook title</source>
        <translation>Qoʻllanma sarlavhasi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handbook folder</source>
        <translation>Qoʻllanma jildi</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Editor area</source>
        <translation>Muharrir maydoni</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section being edited</source>
        <translation>Tahrirlanayotgan boʻlim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the section being edited</source>
        <translation>Tahrirlanayotgan boʻlim tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this section in another language</source>
        <translation>Bu boʻlimni boshqa tilda tahrirlash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Handbook summary</source>
        <translation>Qoʻllanma xulosasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words and characters</source>
        <translation>Soʻzlar va belgilar</translation>
    </message>
    <message>
        <location line="+125"/>
        <location filename="../authoring_app/gui/structure_follow.py" line="+70"/>
        <source>Cannot open section</source>
        <extracomment>The section the window is on (the Write mode edits it; the other modes show it), and its language.</extracomment>
        <translation>Boʻlimni ochib boʻlmadi</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved {file}</source>
        <translation>{file} saqlandi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} has changes that are not saved.</source>
        <translation>{file} faylida saqlanmagan oʻzgarishlar bor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Handbook</source>
        <translation>Qoʻllanmani ochish</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Handbook — choose a new folder</source>
        <translation>Yangi qoʻllanma — yangi jildni tanlang</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>New Handbook</source>
        <translation>Yangi qoʻllanma</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Title of the handbook:</source>
        <translation>Qoʻllanma sarlavhasi:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language codes, the source language first (e.g. bg, ru, en):</source>
        <translation>Til kodlari, avval manba tili (masalan, bg, ru, en):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the handbook</source>
        <translation>Qoʻllanmani yaratib boʻlmadi</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+2"/>
        <source>No handbook open</source>
        <translation>Hech qanday qoʻllanma ochilmagan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a handbook folder with File → Open Handbook…</source>
        <translation>Qoʻllanma jildini Fayl → Qoʻllanmani ochish… orqali oching</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+87"/>
        <source>%n sections · languages {languages}</source>
        <translation>
            <numerusform>%n ta boʻlim · tillar: {languages}</numerusform>
            <numerusform>%n ta boʻlim · tillar: {languages}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Double-click a section (or press Enter) to write it here.</source>
        <translation>Boʻlimni shu yerda yozish uchun uni ikki marta bosing (yoki Enter tugmasini bosing).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} — Handbook Studio</source>
        <translation>{title} — Handbook Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}[*] — {title} — Handbook Studio</source>
        <translation>{file}[*] — {title} — Handbook Studio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (new translation: saved on first save)</source>
        <translation> (yangi tarjima: birinchi saqlashda yoziladi)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{words} words · {characters} characters</source>
        <translation>{words} ta soʻz · {characters} ta belgi</translation>
    </message>
    <message>
        <location filename="../authoring_app/gui/structure_follow.py" line="-42"/>
        <source>The structure was not changed: save the open text first.</source>
        <translation>Tuzilma oʻzgartirilmadi: avval ochiq matnni saqlang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file} before changing the structure</source>
        <translation>Tuzilmani oʻzgartirishdan oldin {file} saqlandi</translation>
    </message>
    <message>
        <location filename="../authoring_app/gui/window_dialogs.py" line="+26"/>
        <source>Cannot open handbook</source>
        <translation>Qoʻllanmani ochib boʻlmadi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample handbook could not be opened.</source>
        <translation>Namuna qoʻllanmani ochib boʻlmadi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handbook in {path} could not be opened.</source>
        <translation>{path} ichidagi qoʻllanmani ochib boʻlmadi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore unsaved text?</source>
        <translation>Saqlanmagan matn tiklansinmi?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has text that was typed but not saved (the app ended before it was saved).</source>
        <translation>{file} faylida yozilgan, lekin saqlanmagan matn bor (dastur saqlashdan oldin yopilib qolgan).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore it into the editor (you can still undo that), or discard it and keep the file as saved?</source>
        <translation>Uni muharrirga tiklaysizmi (buni keyin bekor qilish mumkin) yoki tashlab yuborib, faylni saqlangan holida qoldirasizmi?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Tiklash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Tashlab yuborish</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unsaved changes</source>
        <translation>Saqlanmagan oʻzgarishlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before you go on?</source>
        <translation>Davom etishdan oldin ularni saqlaysizmi?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file changed on disk</source>
        <translation>Fayl diskda oʻzgardi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Anyway</source>
        <translation>Baribir saqlash</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot save</source>
        <translation>Saqlab boʻlmadi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Handbook Studio</source>
        <translation>Handbook Studio haqida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Handbook Studio {version}&lt;/h3&gt;&lt;p&gt;Write a multilingual, multimedia university handbook offline, keep every translation in step with the source, and publish it as a website, SCORM, EPUB and PDF.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handbook Studio {version}&lt;/h3&gt;&lt;p&gt;Koʻp tilli, multimediali universitet qoʻllanmasini oflayn yozing, har bir tarjimani manba bilan hamohang saqlang va uni veb-sayt, SCORM, EPUB va PDF sifatida nashr eting.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../authoring_app/gui/editor/markdown_editor.py" line="+66"/>
        <source>Section text</source>
        <extracomment>``(words, characters)`` of the prose (front matter and Markdown marks left out), after a pause in typing. Local files were dropped (or pasted from a file manager) on the editor; a list of ``pathlib.Path``. The editor inserts nothing for them; the text cursor is already where the drop happened. An image (not text) was pasted; the ``QImage`` is the clipboard&apos;s picture.</extracomment>
        <translation>Boʻlim matni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown text of the section, with its front matter at the top</source>
        <translation>Boʻlimning Markdown matni, boshida metama’lumotlar bilan</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="+98"/>
        <source>Preferences</source>
        <translation>Sozlamalar</translation>
    </message>
</context>
<context>
    <name>PreviewBase</name>
    <message>
        <location filename="../authoring_app/gui/preview/base.py" line="+47"/>
        <source>Preview notice</source>
        <extracomment>True where the preview is the real website page (Chromium), False for the simplified fallback. The page shows this revision of the text now (see :meth:`set_text`). The reader scrolled the preview: the source line now at its top (fractional between two blocks). The reader clicked a block: its first source line. A link to another section was followed: language, slug, fragment. The page must be built again (its process ended). Rendering failed (a bug): the message, also shown in the preview&apos;s notice.</extracomment>
        <translation>Oldindan koʻrish xabari</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The preview could not show this text: {message}</source>
        <translation>Oldindan koʻrish bu matnni koʻrsata olmadi: {message}</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../authoring_app/gui/problems_panel.py" line="+94"/>
        <source>Problems</source>
        <extracomment>``&lt;lang&gt;/&lt;slug&gt;.md``: a problem in a section file, which the panel can ask to open. Filter values (the combo boxes&apos; item data). Checks still running. A thread has no parent, so closing the panel never destroys a running thread (Qt would abort); it leaves this set when it has finished.</extracomment>
        <translation>Muammolar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked yet.</source>
        <translation>Hali tekshirilmagan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of problems</source>
        <translation>Muammolar xulosasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors and warnings</source>
        <translation>Xatolar va ogohlantirishlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Faqat xatolar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings only</source>
        <translation>Faqat ogohlantirishlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of severity</source>
        <translation>Muammolarni jiddiylik boʻyicha koʻrsatish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Barcha turlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation QA</source>
        <translation>Tarjima sifati nazorati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other than translation QA</source>
        <translation>Tarjima sifati nazoratidan tashqari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of kind</source>
        <translation>Muammolarni turi boʻyicha koʻrsatish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check again</source>
        <translation>&amp;Qayta tekshirish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the handbook again</source>
        <translation>Qoʻllanmani qayta tekshirish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every file of the handbook again (the window stays usable)</source>
        <translation>Qoʻllanmaning har bir faylini qayta tekshirish (bu vaqtda oynadan foydalanish mumkin)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Topilgan muammolar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter or double-click a problem to open its place</source>
        <translation>Muammo joyini ochish uchun Enter tugmasini bosing yoki uni ikki marta bosing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Jiddiylik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Joyi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Muammo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Show:</source>
        <translation>&amp;Koʻrsatish:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Checking the handbook…</source>
        <translation>Qoʻllanma tekshirilmoqda…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The check failed; please report this:
%1</source>
        <translation>Tekshiruv amalga oshmadi; iltimos, bu haqda xabar bering:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Xato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Ogohlantirish</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The handbook cannot be loaded: see the problem below.</source>
        <translation>Qoʻllanmani yuklab boʻlmaydi: quyidagi muammoga qarang.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ta xato</numerusform>
            <numerusform>%n ta xato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ta ogohlantirish</numerusform>
            <numerusform>%n ta ogohlantirish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n from translation QA)</source>
        <translation>
            <numerusform>(%n tasi tarjima sifati nazoratidan)</numerusform>
            <numerusform>(%n tasi tarjima sifati nazoratidan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n tasi koʻrsatilgan</numerusform>
            <numerusform>%n tasi koʻrsatilgan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found.</source>
        <translation>Hech qanday muammo topilmadi.</translation>
    </message>
</context>
<context>
    <name>ProjectGuard</name>
    <message>
        <location filename="../authoring_app/gui/project_guard.py" line="+152"/>
        <source>Restore from &amp;Backup…</source>
        <extracomment>Who this app is in lock files (tests pose as another app with their own). The app that holds the handbook while this window has it read-only. Why locking is off for this handbook (&quot;&quot; while it works): a reason with a LockReason code.</extracomment>
        <translation>&amp;Zaxira nusxadan tiklash…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back files of this handbook as one of its backups has them</source>
        <translation>Ushbu qoʻllanma fayllarini zaxira nusxalaridan biridagi holatiga qaytarish</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The backup of the changed files failed: {reason} Close anyway?</source>
        <translation>Oʻzgargan fayllarning zaxira nusxasini olib boʻlmadi: {reason} Baribir yopilsinmi?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your files in the handbook are as you saved them; only the backup copy of this session is missing.</source>
        <translation>Qoʻllanmadagi fayllaringiz siz saqlagan holatda; faqat shu seansning zaxira nusxasi yoʻq.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Anyway</source>
        <translation>Baribir yopish</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Locking is on again for this handbook: no other app can open it for writing now.</source>
        <translation>Bu qoʻllanma uchun qulflash yana yoqildi: endi boshqa dastur uni yozish uchun ocha olmaydi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other app has closed the handbook: you can write in it now.</source>
        <translation>Boshqa dastur qoʻllanmani yopdi: endi unda yozishingiz mumkin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You have taken the handbook over: you can write in it now.</source>
        <translation>Siz qoʻllanmani egallab oldingiz: endi unda yozishingiz mumkin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take over the handbook?</source>
        <translation>Qoʻllanmani egallab olasizmi?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If Handbook Studio still runs there, you could overwrite each other&apos;s changes. Take the handbook over only when that app has been closed or its user agrees: it becomes read-only there.</source>
        <translation>Agar Handbook Studio u yerda hali ishlayotgan boʻlsa, bir-biringizning oʻzgarishlarini ustidan yozib yuborishingiz mumkin. Qoʻllanmani faqat u dastur yopilgan yoki uning foydalanuvchisi rozi boʻlganda egallab oling: u yerda qoʻllanma faqat oʻqish uchun boʻlib qoladi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Over</source>
        <translation>Egallab olish</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {user} has this handbook open on {host} (process {pid}) since {since}. You can read everything; to write, close it there, or take it over.</source>
        <translation>&lt;b&gt;Faqat oʻqish uchun.&lt;/b&gt; {user} bu qoʻllanmani {host} kompyuterida (jarayon {pid}) {since} dan beri ochib turibdi. Hammasini oʻqishingiz mumkin; yozish uchun uni u yerda yoping yoki egallab oling.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {user} on {host} (process {pid}) took this handbook over at {since}. Unsaved text stays in the editor; take the handbook back to save it here.</source>
        <translation>&lt;b&gt;Faqat oʻqish uchun.&lt;/b&gt; {host} kompyuteridagi {user} (jarayon {pid}) bu qoʻllanmani {since} da egallab oldi. Saqlanmagan matn muharrirda qoladi; uni shu yerda saqlash uchun qoʻllanmani qaytarib oling.</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>Backed up %n changed file(s) of the handbook.</source>
        <translation>
            <numerusform>Qoʻllanmaning %n ta oʻzgargan faylining zaxira nusxasi olindi.</numerusform>
            <numerusform>Qoʻllanmaning %n ta oʻzgargan faylining zaxira nusxasi olindi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+247"/>
        <source>The backup failed</source>
        <translation>Zaxira nusxa olinmadi</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Took over a lock file that was damaged (perhaps by a sync program).</source>
        <translation>Shikastlangan qulf fayli egallab olindi (ehtimol, sinxronlash dasturi tomonidan).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took over a lock that was left behind.</source>
        <translation>Qolib ketgan qulf egallab olindi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took over the lock {user} left on {host}: that app&apos;s process {pid} has ended.</source>
        <translation>{user} {host} kompyuterida qoldirgan qulf egallab olindi: oʻsha dasturning {pid} jarayoni tugagan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took over the lock {user} left on {host}: that app&apos;s process {pid} has ended (the number belongs to another program now).</source>
        <translation>{user} {host} kompyuterida qoldirgan qulf egallab olindi: oʻsha dasturning {pid} jarayoni tugagan (bu raqam endi boshqa dasturga tegishli).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Took over the lock {user} left on {host}: that app has given no sign of life for %n minute(s).</source>
        <translation>
            <numerusform>{user} {host} kompyuterida qoldirgan qulf egallab olindi: oʻsha dastur %n daqiqadan beri hayot belgisini bermadi.</numerusform>
            <numerusform>{user} {host} kompyuterida qoldirgan qulf egallab olindi: oʻsha dastur %n daqiqadan beri hayot belgisini bermadi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Took over the lock {user} left on {host}.</source>
        <translation>{user} {host} kompyuterida qoldirgan qulf egallab olindi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locking is off for this handbook: the lock file {file} cannot be written or read ({error}). Another app could open the handbook for writing at the same time.</source>
        <translation>Bu qoʻllanma uchun qulflash oʻchirilgan: {file} qulf faylini yozib yoki oʻqib boʻlmaydi ({error}). Boshqa dastur qoʻllanmani bir vaqtning oʻzida yozish uchun ochishi mumkin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locking is off for this handbook: the lock file cannot be written or read ({error}). Another app could open the handbook for writing at the same time.</source>
        <translation>Bu qoʻllanma uchun qulflash oʻchirilgan: qulf faylini yozib yoki oʻqib boʻlmaydi ({error}). Boshqa dastur qoʻllanmani bir vaqtning oʻzida yozish uchun ochishi mumkin.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{error}

Your files in the handbook are as you saved them; only the backup copy is missing.</source>
        <translation>{error}

Qoʻllanmadagi fayllaringiz siz saqlagan holatda; faqat zaxira nusxa yoʻq.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not backed up: {problems}</source>
        <translation>Zaxira nusxaga kirmadi: {problems}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} has unsaved changes in an open editor: save or discard them first, then restore it.</source>
        <translation>Ochiq muharrirda {file} faylining saqlanmagan oʻzgarishlari bor: avval ularni saqlang yoki tashlab yuboring, soʻng uni tiklang.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} was restored but cannot be read: {error}</source>
        <translation>{file} tiklandi, lekin uni oʻqib boʻlmaydi: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Restored %n file(s) from the backup.</source>
        <translation>
            <numerusform>Zaxira nusxadan %n ta fayl tiklandi.</numerusform>
            <numerusform>Zaxira nusxadan %n ta fayl tiklandi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>someone</source>
        <translation>kimdir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{user} has this handbook open on {host} (process {pid}) since {since}.</source>
        <translation>{user} bu qoʻllanmani {host} kompyuterida (jarayon {pid}) {since} dan beri ochib turibdi.</translation>
    </message>
</context>
<context>
    <name>ProjectTree</name>
    <message>
        <location filename="../authoring_app/gui/project_tree.py" line="+71"/>
        <source>Handbook contents</source>
        <extracomment>Item data: what a row stands for (&quot;part&quot; or &quot;section&quot;) and its slug. The user asked to open a section (double click or Enter); the argument is the section&apos;s slug. The structure changed (a change, undo or redo); the argument is the reloaded Handbook.</extracomment>
        <translation>Qoʻllanma mundarijasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts and sections of the handbook, and the languages each section is written in. F2 renames, Delete deletes, Alt+Up and Alt+Down move the selected row, the context menu has more.</source>
        <translation>Qoʻllanmaning qismlari va boʻlimlari hamda har bir boʻlim yozilgan tillar. F2 qayta nomlaydi, Delete oʻchiradi, Alt+Up va Alt+Down belgilangan qatorni koʻchiradi, kontekst menyusida boshqa amallar ham bor.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Section</source>
        <translation>Boʻlim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section titles in the source language</source>
        <translation>Manba tilidagi boʻlim sarlavhalari</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{language} (source language)</source>
        <translation>{language} (manba tili)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Part: {title}</source>
        <translation>Qism: {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title}
File: {file}</source>
        <translation>{title}
Fayl: {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Available in {language}</source>
        <translation>{language}da mavjud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing in {language}</source>
        <translation>{language}da yoʻq</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{language}: {present} of %n sections</source>
        <translation>
            <numerusform>{language}: %n ta boʻlimdan {present} tasi</numerusform>
            <numerusform>{language}: %n ta boʻlimdan {present} tasi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <location filename="../authoring_app/gui/project_guard.py" line="-464"/>
        <source>Read-only notice</source>
        <translation>“Faqat oʻqish uchun” xabari</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Anyway (&amp;Take Over)…</source>
        <translation>Baribir ochish (&amp;egallab olish)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write in this handbook here; the other app can then no longer save it without asking</source>
        <translation>Qoʻllanmaga shu yerda yozish; shundan soʻng boshqa dastur uni soʻramasdan saqlay olmaydi</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../authoring_app/gui/recovery_dialog.py" line="+86"/>
        <source>Restore unsaved text?</source>
        <extracomment>The recovery copy (what Discard deletes).</extracomment>
        <translation>Saqlanmagan matn tiklansinmi?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handbook Studio ended before this text was saved (a crash or a power cut). For each section, compare the unsaved text with the file, then restore it into the editor or discard it.</source>
        <extracomment>The section chosen for Restore.</extracomment>
        <translation>Handbook Studio bu matn saqlanishidan oldin yopilib qoldi (nosozlik yoki elektr uzilishi). Har bir boʻlim uchun saqlanmagan matnni fayl bilan solishtiring, soʻng uni muharrirga tiklang yoki tashlab yuboring.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections with unsaved text</source>
        <translation>Saqlanmagan matnli boʻlimlar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file compared with the unsaved text</source>
        <translation>Saqlanmagan matn bilan solishtirilgan fayl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Tiklash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the section with this text in the editor (not saved yet)</source>
        <translation>Boʻlimni shu matn bilan muharrirda ochish (hali saqlanmagan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>Tashlab &amp;yuborish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this unsaved text and keep the file as saved</source>
        <translation>Bu saqlanmagan matnni oʻchirish va faylni saqlangan holida qoldirish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Keyinroq &amp;hal qilish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the unsaved text; opening the section offers it again</source>
        <translation>Saqlanmagan matn qoldiriladi; boʻlim ochilganda u yana taklif qilinadi</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file as saved</source>
        <translation>Saqlangan holatdagi fayl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unsaved text (recovered)</source>
        <translation>Saqlanmagan matn (tiklangan)</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Unsaved text of %n section(s) is kept from the last session: open one to restore it.</source>
        <translation>
            <numerusform>Oldingi seansdan %n ta boʻlimning saqlanmagan matni qoldi: tiklash uchun boʻlimni oching.</numerusform>
            <numerusform>Oldingi seansdan %n ta boʻlimning saqlanmagan matni qoldi: tiklash uchun boʻlimni oching.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="-84"/>
        <source>Safety</source>
        <translation>Xavfsizlik</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder of recovery copies and backups</source>
        <extracomment>The folder chosen (None: the data folder).</extracomment>
        <translation>Tiklash nusxalari va zaxira nusxalar jildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data folder: {folder}</source>
        <translation>Maʼlumotlar jildi: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Tanlash…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Default</source>
        <translation>&amp;Standart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the data folder again</source>
        <translation>Yana maʼlumotlar jildidan foydalanish</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery copies of unsaved text and the backups made on close go to this folder from the next start of Handbook Studio (the handbook command uses it at once). Those made before stay where they are.</source>
        <translation>Saqlanmagan matnning tiklash nusxalari va yopishda olinadigan zaxira nusxalar Handbook Studio keyingi safar ishga tushganidan boshlab shu jildga yoziladi (handbook buyrugʻi undan darhol foydalanadi). Avval olinganlari joyida qoladi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups to keep of each handbook</source>
        <translation>Har bir qoʻllanmaning saqlanadigan zaxira nusxalari soni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older backups are deleted when a new one is made</source>
        <translation>Yangisi yaratilganda eski zaxira nusxalar oʻchiriladi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery and &amp;backup folder:</source>
        <translation>Tiklash va &amp;zaxira nusxalar jildi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups to &amp;keep:</source>
        <translation>Saqlanadigan zaxira &amp;nusxalar:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preferences not saved</source>
        <translation>Sozlamalar saqlanmadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety settings could not be saved in {file}: {error}</source>
        <translation>Xavfsizlik sozlamalarini {file} fayliga saqlab boʻlmadi: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder of Recovery Copies and Backups</source>
        <translation>Tiklash nusxalari va zaxira nusxalar jildi</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../authoring_app/gui/section_editor.py" line="+140"/>
        <source>Could not write the recovery copy: {error}</source>
        <extracomment>Editor scroll events this soon after the preview scrolled it are ours, not the author&apos;s. The section shown changed: language, slug (empty when none).</extracomment>
        <translation>Tiklash nusxasini yozib boʻlmadi: {error}</translation>
    </message>
</context>
<context>
    <name>SectionFileSession</name>
    <message>
        <location filename="../authoring_app/gui/section_file_session.py" line="+96"/>
        <source>{file} was not saved: another app has this handbook open, so this window may only read it. Take the handbook over to save here, or discard the changes.</source>
        <extracomment>A recovery copy is written at most this long after a change. The window property that is true while the window&apos;s handbook is open read-only. The recovery copy could not be written: the OSError (the widget says so where it has room). The file&apos;s state or the text changed from outside the editor (reloaded, merged, the file vanished): the widget updates what it shows around the text (labels, the form).</extracomment>
        <translation>{file} saqlanmadi: bu qoʻllanmani boshqa dastur ochgan, shuning uchun bu oyna uni faqat oʻqiy oladi. Bu yerda saqlash uchun qoʻllanmani egallab oling yoki oʻzgarishlardan voz keching.</translation>
    </message>
</context>
<context>
    <name>SegmentEditorDelegate</name>
    <message>
        <location filename="../authoring_app/gui/translation/segment_grid.py" line="+66"/>
        <source>Segment text</source>
        <translation>Segment matni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return saves this segment to the file, Escape cancels</source>
        <translation>Ctrl+Return bu segmentni faylga saqlaydi, Escape bekor qiladi</translation>
    </message>
</context>
<context>
    <name>SegmentGrid</name>
    <message>
        <location line="+58"/>
        <source>&amp;Languages</source>
        <extracomment>The user asked to open ``lang``/``slug`` at file line ``line`` in the editor (double-click on a cell). The grid wrote ``lang``/``slug``: the section file or its provenance record.</extracomment>
        <translation>&amp;Tillar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the languages shown as columns</source>
        <translation>Ustun sifatida koʻrsatiladigan tillarni tanlang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages shown</source>
        <translation>Koʻrsatilgan tillar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All segments</source>
        <translation>Barcha segmentlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdated</source>
        <translation>Eskirgan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Yetishmayotgan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra</source>
        <translation>Ortiqcha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show rows</source>
        <translation>Qatorlarni koʻrsatish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all rows, or only rows with an outdated, missing or extra segment</source>
        <translation>Barcha qatorlarni yoki faqat eskirgan, yetishmayotgan yoki ortiqcha segmentli qatorlarni koʻrsatish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Koʻrsatish:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark as Up to Date</source>
        <translation>&amp;Dolzarb deb belgilash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected outdated translations still fit the source as it is now</source>
        <translation>Belgilangan eskirgan tarjimalar manbaning hozirgi holatiga hali ham mos keladi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;opy Source to Target</source>
        <translation>&amp;Manbani tarjimaga nusxalash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the selected translation from the source text, then edit it</source>
        <translation>Belgilangan tarjimani manba matnidan boshlang, soʻng uni tahrirlang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments by language</source>
        <translation>Tillar boʻyicha segmentlar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Segment details and source changes</source>
        <translation>Segment tafsilotlari va manbadagi oʻzgarishlar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Xabar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Next Outdated</source>
        <translation>Keyingi eskirgan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next outdated segment</source>
        <translation>Keyingi eskirgan segmentga oʻtish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Outdated</source>
        <translation>Oldingi eskirgan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous outdated segment</source>
        <translation>Oldingi eskirgan segmentga oʻtish</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Missing</source>
        <translation>Keyingi yetishmayotgan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next missing segment</source>
        <translation>Keyingi yetishmayotgan segmentga oʻtish</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Missing</source>
        <translation>Oldingi yetishmayotgan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous missing segment</source>
        <translation>Oldingi yetishmayotgan segmentga oʻtish</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No {status} segments in the languages shown</source>
        <translation>Koʻrsatilgan tillarda {status} segmentlar yoʻq</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not record that: {error}</source>
        <translation>Buni qayd etib boʻlmadi: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select one or more outdated segments first</source>
        <translation>Avval bir yoki bir nechta eskirgan segmentni tanlang</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n segment(s) marked as up to date</source>
        <translation>
            <numerusform>%n ta segment dolzarb deb belgilandi</numerusform>
            <numerusform>%n ta segment dolzarb deb belgilandi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a cell of a translation first</source>
        <translation>Avval tarjima katagini tanlang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This segment has no source text to copy</source>
        <translation>Bu segmentda nusxalash uchun manba matni yoʻq</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file changed since the grid was shown; it has been read again.</source>
        <translation>Jadval koʻrsatilgandan keyin fayl oʻzgardi; u qayta oʻqildi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved {lang}/{slug}.md</source>
        <translation>{lang}/{slug}.md saqlandi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was saved: another app has this handbook open; this window may only read it.</source>
        <translation>Hech narsa saqlanmadi: bu qoʻllanmani boshqa dastur ochgan; bu oyna uni faqat oʻqiy oladi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a cell to see its text and what changed in the source.</source>
        <translation>Matni va manbadagi oʻzgarishlarni koʻrish uchun katakni tanlang.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What changed in the source since this was translated:</source>
        <translation>Tarjima qilinganidan beri manbada nima oʻzgargan:</translation>
    </message>
</context>
<context>
    <name>SegmentGridModel</name>
    <message>
        <location filename="../authoring_app/gui/translation/segment_grid_model.py" line="+127"/>
        <source>{name}: source</source>
        <extracomment>Role of the row key (``paragraph:3``, ``ru/extra:paragraph:1``) in every cell. Role of the cell&apos;s status (``translated`` …, &quot;source&quot; in the source column, None where nothing is compared). The segment of the handbook&apos;s source language (None on a row of an extra segment). The status of the row&apos;s segment in each target language that has one.</extracomment>
        <translation>{name}: manba</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not compared: this language has no counterpart of this row</source>
        <translation>Solishtirilmadi: bu tilda bu qatorning muqobili yoʻq</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only in the translation: the source has no counterpart</source>
        <translation>Faqat tarjimada: manbada muqobili yoʻq</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <location filename="../authoring_app/gui/translation/side_by_side.py" line="+78"/>
        <source>Side by side translation</source>
        <extracomment>Statuses are recomputed this long after the last change in any column. Whether any column has unsaved changes. Open this language of the section in the single-language editor, at this file line. A column was saved: language, slug (the project tree may refresh). A short message for the status bar (what a mark means, why something was refused).</extracomment>
        <translation>Yonma-yon tarjima</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Side by side</source>
        <extracomment>Milliseconds the last status recompute took (all columns). The last status of each language, with the texts it was computed from (target, pivot column&apos;s).</extracomment>
        <translation>Yonma-yon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side by side tools</source>
        <translation>Yonma-yon koʻrinish asboblari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Column</source>
        <translation>Ustunni &amp;saqlash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the language whose text has the focus</source>
        <translation>Matni fokusda boʻlgan tilni saqlash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;All</source>
        <translation>&amp;Hammasini saqlash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every language with unsaved changes</source>
        <translation>Saqlanmagan oʻzgarishlari bor barcha tillarni saqlash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Language</source>
        <translation>&amp;Til qoʻshish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one more language next to these (up to four)</source>
        <translation>Bularning yonida yana bitta tilni koʻrsatish (toʻrttagacha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Mark</source>
        <translation>&amp;Oldingi belgi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Mark</source>
        <translation>&amp;Keyingi belgi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next outdated, missing or extra segment</source>
        <translation>Keyingi eskirgan, yetishmayotgan yoki ortiqcha segmentga oʻtish</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{files}: changes are not saved.</source>
        <translation>{files}: oʻzgarishlar saqlanmagan.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+34"/>
        <source>Cannot open</source>
        <translation>Ochib boʻlmadi</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{language} is already shown.</source>
        <translation>{language} allaqachon koʻrsatilgan.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{file} is not UTF-8 and was not converted.</source>
        <translation>{file} UTF-8 kodlashida emas va aylantirilmadi.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Saved {file}</source>
        <translation>{file} saqlandi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} has changes that are not saved.</source>
        <translation>{file} faylida saqlanmagan oʻzgarishlar bor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore unsaved text?</source>
        <translation>Saqlanmagan matn tiklansinmi?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has text that was typed but not saved (the app ended before it was saved).</source>
        <translation>{file} faylida yozilgan, lekin saqlanmagan matn bor (dastur saqlashdan oldin yopilib qolgan).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore it into the editor (you can still undo that)?</source>
        <translation>Uni muharrirga tiklaysizmi (buni keyin bekor qilish mumkin)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Tiklash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Tashlab yuborish</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No more marks in {language}.</source>
        <translation>{language}da boshqa belgilar yoʻq.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_chart.py" line="+30"/>
        <source>Translation progress by language</source>
        <translation>Tillar boʻyicha tarjima jarayoni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{language}: {percent}% translated, {outdated} outdated, {missing} missing</source>
        <translation>{language}: {percent}% tarjima qilingan, {outdated} ta eskirgan, {missing} ta yetishmayotgan</translation>
    </message>
</context>
<context>
    <name>StatusGutter</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_gutter.py" line="+29"/>
        <source>Translation status marks</source>
        <extracomment>Background of each mark; white letters on them keep at least 4.5:1 contrast, on light and dark themes alike.</extracomment>
        <translation>Tarjima holati belgilari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks beside the text: O outdated, M missing, E extra; F8 goes to the next one</source>
        <translation>Matn yonidagi belgilar: E — eskirgan, Y — yetishmayotgan, O — ortiqcha; F8 keyingisiga oʻtadi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>O</source>
        <comment>gutter mark: outdated segment</comment>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <comment>gutter mark: missing segment</comment>
        <translation>Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <comment>gutter mark: extra segment</comment>
        <translation>O</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outdated: the source changed since this was translated.</source>
        <translation>Eskirgan: bu tarjima qilinganidan beri manba oʻzgargan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: this segment is not translated yet.</source>
        <translation>Yetishmayotgan: bu segment hali tarjima qilinmagan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra: this text has no counterpart in the language it is translated from.</source>
        <translation>Ortiqcha: bu matnning u tarjima qilinayotgan tilda muqobili yoʻq.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n segments missing here.</source>
        <translation>
            <numerusform>Bu yerda %n ta segment yetishmaydi.</numerusform>
            <numerusform>Bu yerda %n ta segment yetishmaydi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_chart.py" line="+57"/>
        <source>Colour legend</source>
        <translation>Ranglar izohi</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <location filename="../authoring_app/gui/structure_actions.py" line="+219"/>
        <source>New &amp;Part…</source>
        <translation>Yangi q&amp;ism…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Section…</source>
        <translation>Yangi &amp;boʻlim…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>Qayta &amp;nomlash…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Title…</source>
        <translation>&amp;Sarlavhani oʻzgartirish…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Oʻchirish…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mo&amp;ve Up</source>
        <translation>&amp;Yuqoriga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Dow&amp;n</source>
        <translation>&amp;Pastga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>Bekor &amp;qilish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Qayta&amp;rish</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Structure</source>
        <translation>Tuzilma</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Rename Part…</source>
        <translation>Qismni qayta &amp;nomlash…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Part…</source>
        <translation>Qismni &amp;oʻchirish…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename File…</source>
        <translation>Faylni qayta &amp;nomlash…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Section…</source>
        <translation>Boʻlimni &amp;oʻchirish…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Part</source>
        <translation>Yangi qism</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New part “{title}”</source>
        <translation>Yangi qism “{title}”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New Section</source>
        <translation>Yangi boʻlim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New section “{title}”</source>
        <translation>Yangi boʻlim “{title}”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename File</source>
        <translation>Faylni qayta nomlash</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename “{old}” to “{new}”</source>
        <translation>“{old}” nomini “{new}” ga oʻzgartirish</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change Title</source>
        <translation>Sarlavhani oʻzgartirish</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change title to “{title}”</source>
        <translation>Sarlavhani “{title}” ga oʻzgartirish</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The part “{title}” still holds %n section(s). Move them to another part or delete them first.</source>
        <translation>
            <numerusform>“{title}” qismida hali %n ta boʻlim bor. Avval ularni boshqa qismga koʻchiring yoki oʻchiring.</numerusform>
            <numerusform>“{title}” qismida hali %n ta boʻlim bor. Avval ularni boshqa qismga koʻchiring yoki oʻchiring.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the empty part “{title}”?</source>
        <translation>Boʻsh “{title}” qismi oʻchirilsinmi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only its entry in handbook.toml is removed. Structure ▸ Undo brings it back.</source>
        <translation>Faqat uning handbook.toml dagi yozuvi olib tashlanadi. Tuzilma ▸ Bekor qilish uni qaytaradi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete part “{slug}”</source>
        <translation>“{slug}” qismini oʻchirish</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its files ({files}) are moved to the folder .trash inside the handbook, not destroyed; Undo (Ctrl+Z) puts them back.</source>
        <translation>Uning fayllari ({files}) yoʻq qilinmaydi, balki qoʻllanma ichidagi .trash jildiga koʻchiriladi; Bekor qilish (Ctrl+Z) ularni qaytaradi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>yoʻq</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n link(s) to it in other sections will be broken, e.g. {where}.</source>
        <translation>
            <numerusform>Boshqa boʻlimlardagi unga olib boruvchi %n ta havola buziladi, masalan, {where}.</numerusform>
            <numerusform>Boshqa boʻlimlardagi unga olib boruvchi %n ta havola buziladi, masalan, {where}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the section “{title}”?</source>
        <translation>“{title}” boʻlimi oʻchirilsinmi?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete section “{title}”</source>
        <translation>“{title}” boʻlimini oʻchirish</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move part “{slug}”</source>
        <translation>“{slug}” qismini koʻchirish</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move section “{slug}”</source>
        <translation>“{slug}” boʻlimini koʻchirish</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Links to this section in every language are updated.</source>
        <translation>Barcha tillarda ushbu boʻlimga havolalar yangilanadi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot change the structure</source>
        <translation>Tuzilmani oʻzgartirib boʻlmadi</translation>
    </message>
</context>
<context>
    <name>StructureController</name>
    <message>
        <location line="-370"/>
        <source>The handbook is open read-only: take it over (the bar above) to change its structure.</source>
        <extracomment>What the slug fields accept while typing (core&apos;s SLUG_RE has the last word). The handbook after a change, undo or redo (reloaded from disk). A change, undo or redo was refused; the argument is core&apos;s message (what, where, what to do). A change, undo or redo is about to be applied (the window saves the open section first). The operation just applied (a change, or the inverse an undo ran), after ``handbook_changed``. Another app holds the handbook&apos;s lock (see project_guard): changes are refused. Asked before every change, undo and redo; False stops it (the window saves the open text first, and a failed save must not be followed by a change that rewrites or moves that file).</extracomment>
        <translation>Qoʻllanma faqat oʻqish uchun ochiq: tuzilmasini oʻzgartirish uchun uni egallab oling (yuqoridagi panel).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{message}

The undo history was cleared because the files no longer match it.</source>
        <translation>{message}

Bekor qilish tarixi tozalandi, chunki fayllar endi unga mos kelmaydi.</translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <location filename="../authoring_app/gui/preview/text_preview.py" line="+23"/>
        <source>Preview of the page (simplified)</source>
        <translation>Sahifani oldindan koʻrish (soddalashtirilgan)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simplified preview: the page engine (QtWebEngine) could not start, so quizzes, tabs and the site&apos;s styles are not shown. Reason: {reason}</source>
        <translation>Soddalashtirilgan koʻrinish: sahifa dvigateli (QtWebEngine) ishga tushmadi, shuning uchun testlar, varaqlar va sayt uslublari koʻrsatilmaydi. Sabab: {reason}</translation>
    </message>
</context>
<context>
    <name>TranslationDashboard</name>
    <message>
        <location filename="../authoring_app/gui/translation/dashboard.py" line="+86"/>
        <source>Dashboard state</source>
        <extracomment>The user asked to open section ``slug`` in language ``lang`` (click, Return or Space on a cell). The counts on screen are complete and current (after :meth:`set_handbook` or :meth:`refresh`).</extracomment>
        <translation>Panel holati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary by language</source>
        <translation>Tillar boʻyicha xulosa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Translation status by section and language</source>
        <translation>Boʻlim va til boʻyicha tarjima holati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a cell, or press Return, to open that section in that language</source>
        <translation>Oʻsha boʻlimni oʻsha tilda ochish uchun katakni bosing yoki Return tugmasini bosing</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Counting segments…</source>
        <translation>Segmentlar sanalmoqda…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The status could not be counted: {error}</source>
        <translation>Holatni hisoblab boʻlmadi: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No handbook is open.</source>
        <translation>Hech qanday qoʻllanma ochilmagan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This handbook has no translations yet: add a language in handbook.toml.</source>
        <translation>Bu qoʻllanmada hali tarjimalar yoʻq: handbook.toml faylida til qoʻshing.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n sections, source language {source}</source>
        <translation>
            <numerusform>%n ta boʻlim, manba tili: {source}</numerusform>
            <numerusform>%n ta boʻlim, manba tili: {source}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Qaysi tildan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Tayyor</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(no file yet)</source>
        <translation>(hali fayl yoʻq)</translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_style.py" line="+30"/>
        <source>translated</source>
        <extracomment>Solid colours (chart bars, legend swatches); cells use them with :data:`CELL_ALPHA`. Opacity of a cell&apos;s tint: translated cells stay quiet so the ones that need work stand out.</extracomment>
        <translation>tarjima qilingan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outdated</source>
        <translation>eskirgan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>yetishmayotgan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra</source>
        <translation>ortiqcha</translation>
    </message>
</context>
<context>
    <name>ValidationStatus</name>
    <message>
        <location filename="../authoring_app/core/export/validation.py" line="-4"/>
        <source>passed</source>
        <extracomment>A check&apos;s status; the GUI shows it translated (context ``ValidationStatus``).</extracomment>
        <translation>oʻtdi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>oʻtmadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation>tekshirilmadi</translation>
    </message>
</context>
<context>
    <name>WebPreview</name>
    <message>
        <location filename="../authoring_app/gui/preview/web_preview.py" line="+147"/>
        <source>Preview of the page</source>
        <extracomment>Schemes a preview page may load: its own files, Qt&apos;s web channel script, inline data. The preview&apos;s scripts, in the page&apos;s head before the site&apos;s own. The page was asked to load itself again (Reload in its menu): its content would go back to the first version. True between :meth:`load_own` and the load it started: the only navigation of the page that is allowed.</extracomment>
        <translation>Sahifani oldindan koʻrish</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The preview page could not be loaded; it is built again with your next change.</source>
        <translation>Oldindan koʻrish sahifasini yuklab boʻlmadi; keyingi oʻzgarishingizda u qayta yaratiladi.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The preview stopped: Chromium&apos;s page process ended %n times in a minute (code {code}).</source>
        <translation>
            <numerusform>Oldindan koʻrish toʻxtadi: Chromium sahifa jarayoni bir daqiqada %n marta tugadi (kod {code}).</numerusform>
            <numerusform>Oldindan koʻrish toʻxtadi: Chromium sahifa jarayoni bir daqiqada %n marta tugadi (kod {code}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview stopped (Chromium&apos;s page process ended, code {code}); it was started again.</source>
        <translation>Oldindan koʻrish toʻxtadi (Chromium sahifa jarayoni tugadi, kod {code}); u qayta ishga tushirildi.</translation>
    </message>
</context>
<context>
    <name>WorkModes</name>
    <message>
        <location filename="../authoring_app/gui/work_modes.py" line="+47"/>
        <source>&amp;Write</source>
        <translation>&amp;Yozish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One language in the editor beside the live page</source>
        <translation>Muharrirda bitta til, yonida jonli sahifa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages &amp;Side by Side</source>
        <translation>&amp;Tillar yonma-yon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two to four languages of the section as columns, scrolling together</source>
        <translation>Boʻlimning ikkitadan toʻrttagacha tili birga aylanadigan ustunlar sifatida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;gments</source>
        <translation>&amp;Segmentlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every segment of the section with its status in every language</source>
        <translation>Boʻlimning har bir segmenti har bir tildagi holati bilan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation &amp;Dashboard</source>
        <translation>Tarjima &amp;paneli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far every language is, section by section</source>
        <translation>Har bir til qay darajada tayyor, boʻlimma-boʻlim</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Problems</source>
        <translation>Mu&amp;ammolar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What handbook check finds, translation QA included</source>
        <translation>handbook check topgan muammolar, jumladan tarjima sifati nazorati</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cannot open section</source>
        <translation>Boʻlimni ochib boʻlmadi</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Problems</source>
        <translation>Muammolar</translation>
    </message>
</context>
<context>
    <name>_MediaBlockDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="-163"/>
        <source>&amp;Insert</source>
        <translation>&amp;Qoʻshish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Faylni tanlash…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing Was Inserted</source>
        <translation>Hech narsa qoʻshilmadi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files Created</source>
        <translation>Fayllar yaratildi</translation>
    </message>
</context>
<context>
    <name>_NameDialog</name>
    <message>
        <location filename="../authoring_app/gui/structure_actions.py" line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Sarlavha:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 10-peer-review</source>
        <translation>masalan, 10-peer-review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower-case Latin letters, digits and hyphens; the file is named after it</source>
        <translation>Kichik lotin harflari, raqamlar va defislar; fayl shu nom bilan ataladi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File name:</source>
        <translation>&amp;Fayl nomi:</translation>
    </message>
</context>
</TS>
