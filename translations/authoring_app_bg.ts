<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../authoring_app/gui/backup_dialog.py" line="+67"/>
        <source>Restore from Backup</source>
        <translation>Възстановяване от резервно копие</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each time you close this handbook, Handbook Studio backs up the text files that changed. Choose a backup, compare a file with how it is now, check the files to put back and restore them. The versions they replace are backed up first, so a restore can be undone the same way.</source>
        <translation>При всяко затваряне на този наръчник Handbook Studio прави резервно копие на променените текстови файлове. Изберете резервно копие, сравнете файл с текущото му състояние, отметнете файловете, които да бъдат върнати, и ги възстановете. Заменяните версии първо се записват в резервно копие, така че възстановяването може да бъде отменено по същия начин.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups, newest first</source>
        <translation>Резервни копия, първо най-новите</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files in the backup</source>
        <translation>Файлове в резервното копие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compared with now</source>
        <translation>Спрямо текущия</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file now and in the backup</source>
        <translation>Файлът сега и в резервното копие</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Older backups are deleted when a new one is made</source>
        <translation>По-старите резервни копия се изтриват при създаване на ново</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups to keep:</source>
        <translation>&amp;Брой пазени резервни копия:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Restore Checked Files</source>
        <translation>&amp;Възстановяване на отметнатите файлове</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No backups yet: the first one is made when you close this handbook or quit the app.</source>
        <translation>Все още няма резервни копия: първото се прави, когато затворите този наръчник или излезете от програмата.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was restored. {problem}</source>
        <translation>Нищо не е възстановено. {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not restored: {problem}</source>
        <translation>Не е възстановено: {problem}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This backup cannot be used. {problem}</source>
        <translation>Това резервно копие не може да се използва. {problem}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Restored: {files}.</source>
        <translation>Възстановени: {files}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already as in the backup: {files}.</source>
        <translation>Вече съвпадат с резервното копие: {files}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The versions replaced are in the backup of {time}: restore from it to undo this.</source>
        <translation>Заменените версии са в резервното копие от {time}: възстановете от него, за да отмените това.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} · damaged</source>
        <translation>{name} · повредено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on close</source>
        <translation>при затваряне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>направено ръчно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>преди възстановяване</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>differs from now</source>
        <translation>различава се от текущия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on disk now</source>
        <translation>в момента не е на диска</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>same as now</source>
        <translation>съвпада с текущия</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the line ends (Windows or Unix) or the byte order mark differ; the text is the same.</source>
        <translation>Различават се само знаците за край на ред (Windows или Unix) или маркерът за ред на байтовете (BOM); текстът е същият.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: {file}</source>
        <translation>Сега: {file}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on disk now</source>
        <translation>В момента не е на диска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup of {time}</source>
        <translation>Резервно копие от {time}</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <location filename="../authoring_app/gui/backup_words.py" line="+19"/>
        <source>{file} is {megabytes} MB, too large for a backup.</source>
        <translation>{file} е {megabytes} MB — твърде голям за резервно копие.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read ({error}).</source>
        <translation>{file} не може да се прочете ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a regular file (a pipe, a device or a folder).</source>
        <translation>{file} не е обикновен файл (канал, устройство или папка).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} leads outside the handbook (a link?).</source>
        <translation>{file} води извън наръчника (връзка?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} did not fit: the handbook&apos;s text is too large for one backup.</source>
        <translation>{file} не се побра: текстът на наръчника е твърде голям за едно резервно копие.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} did not fit: one backup holds at most {limit} files.</source>
        <translation>{file} не се побра: едно резервно копие побира най-много {limit} файла.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read ({error}), so it was left as it is.</source>
        <translation>{file} не може да се прочете ({error}), затова е оставен както е.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be written ({error}).</source>
        <translation>{file} не можа да бъде записан ({error}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It holds too many files.</source>
        <translation>Съдържа твърде много файлове.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no manifest.json: it is not a Handbook Studio backup.</source>
        <translation>Няма manifest.json: не е резервно копие на Handbook Studio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be read ({error}).</source>
        <translation>Не може да се прочете ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its list of files is damaged ({detail}).</source>
        <translation>Списъкът ѝ с файлове е повреден ({detail}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup {backup} cannot be used.</source>
        <translation>Резервното копие {backup} не може да се използва.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of backups to keep must be 1 or more, not {keep}.</source>
        <translation>Броят пазени резервни копия трябва да е 1 или повече, а не {keep}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no backup {name} of this handbook.</source>
        <translation>Няма резервно копие {name} на този наръчник.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name {file} points outside the handbook, so it is refused.</source>
        <translation>Името {file} сочи извън наръчника, затова е отхвърлено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} has no file {file}.</source>
        <translation>Резервното копие {backup} няма файл {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup {backup} is damaged: {file} is not what was saved.</source>
        <translation>Резервното копие {backup} е повредено: {file} не е това, което е било запазено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} holds more than can be restored at once: restore fewer files at a time.</source>
        <translation>Резервното копие {backup} съдържа повече, отколкото може да се възстанови наведнъж: възстановявайте по-малко файлове наведнъж.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} cannot be read ({error}).</source>
        <translation>Резервното копие {backup} не може да се прочете ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read now ({error}).</source>
        <translation>{file} не може да се прочете в момента ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files it would replace could not be backed up first: {files}.</source>
        <translation>Първо не можа да се направи резервно копие на файловете, които биха били заменени: {files}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be written to {folder} ({error}).</source>
        <translation>Резервното копие не можа да бъде записано в {folder} ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in the backup is {megabytes} MB, more than a backup holds.</source>
        <translation>{member} в резервното копие е {megabytes} MB — повече, отколкото побира резервно копие.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in the backup unpacks to more than its size says: the backup is damaged.</source>
        <translation>{member} в резервното копие се разархивира до повече от посочения си размер: резервното копие е повредено.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../authoring_app/gui/conflict_dialog.py" line="+78"/>
        <source>The file changed on disk</source>
        <extracomment>Keys typed this soon after the dialog opened (meant for the editor) are ignored. How the file is named to the author (&quot;ru/02-flipped-classroom.md&quot;). The text as it was opened (or last saved): the common base of a merge. The author&apos;s text in the editor. The file as it is on disk now. Where the version on disk is copied before the author&apos;s text replaces it (Keep My Text); None: nowhere. The other version was written by this app itself (another view of the same file, a restore from a backup). KEEP_MINE, TAKE_THEIRS, MERGED, or None (decide later).</extracomment>
        <translation>Файлът е променен на диска</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was saved from another view of this window (languages side by side, segments, or a restore from a backup) while you had unsaved changes in it here. Compare the two versions and choose which to keep, or merge them.</source>
        <translation>Файлът &lt;b&gt;{file}&lt;/b&gt; е запазен от друг изглед на този прозорец (езици паралелно, сегменти или възстановяване от резервно копие), докато тук в него имаше ваши незапазени промени. Сравнете двете версии и изберете коя да остане, или ги слейте.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was changed by another program (another editor, git, a synced folder) while you had unsaved changes in it. Compare the two versions and choose which to keep, or merge them.</source>
        <translation>Файлът &lt;b&gt;{file}&lt;/b&gt; е променен от друга програма (друг редактор, git, синхронизирана папка), докато в него имаше ваши незапазени промени. Сравнете двете версии и изберете коя да остане, или ги слейте.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you keep your text, the version on disk is copied first to {folder}, so nothing is lost.</source>
        <translation>Ако оставите своя текст, версията на диска първо се копира в {folder}, така че нищо не се губи.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The version on disk compared with yours</source>
        <translation>Версията на диска в сравнение с вашата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On disk now (theirs)</source>
        <translation>Сега на диска (тяхната)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the editor (yours)</source>
        <translation>В редактора (вашата)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep My Text</source>
        <translation>&amp;Оставяне на моя текст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep your text; saving it replaces the version on disk (a copy of that version is kept)</source>
        <translation>Оставя вашия текст; при запазване той заменя версията на диска (копие от нея се пази)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use the Version on Disk</source>
        <translation>Използване на версията от &amp;диска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the version on disk into the editor (Ctrl+Z brings yours back)</source>
        <translation>Зарежда версията от диска в редактора (Ctrl+Z връща вашата)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Сливане…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combine both sets of changes, then check the result</source>
        <translation>Слива двете групи промени; след това проверете резултата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Решаване по-&amp;късно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change nothing now; saving will ask before it replaces the other version</source>
        <translation>Засега нищо не се променя; при запазване ще бъдете попитани, преди другата версия да бъде заменена</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Merged text</source>
        <translation>Слят текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use Merged Text</source>
        <translation>&amp;Използване на слетия текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this text in the editor, unsaved</source>
        <translation>Поставя този текст в редактора, без да го запазва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>your text</source>
        <translation>вашият текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on disk</source>
        <translation>на диска</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Both versions changed the same lines in %n place(s): both are kept between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines, highlighted. Keep what should stay, delete the rest and the marker lines, then use the merged text.</source>
        <translation>
            <numerusform>Двете версии са променили едни и същи редове на %n място: и двата варианта са запазени между редовете &lt;&lt;&lt;&lt;&lt;&lt;&lt; и &gt;&gt;&gt;&gt;&gt;&gt;&gt; и са оцветени. Оставете каквото трябва да остане, изтрийте останалото и маркерните редове, след което използвайте слетия текст.</numerusform>
            <numerusform>Двете версии са променили едни и същи редове на %n места: и двата варианта са запазени между редовете &lt;&lt;&lt;&lt;&lt;&lt;&lt; и &gt;&gt;&gt;&gt;&gt;&gt;&gt; и са оцветени. Оставете каквото трябва да остане, изтрийте останалото и маркерните редове, след което използвайте слетия текст.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The changes merged without conflicts. Check the text, then use it (it is not saved yet).</source>
        <translation>Промените са слети без конфликти. Проверете текста, след което го използвайте (той още не е запазен).</translation>
    </message>
</context>
<context>
    <name>ConvertEncodingDialog</name>
    <message>
        <location filename="../authoring_app/gui/encoding_dialog.py" line="+84"/>
        <source>Convert to UTF-8?</source>
        <translation>Преобразуване в UTF-8?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not saved as UTF-8, the encoding the handbook uses: it looks like &lt;b&gt;{encoding}&lt;/b&gt; text.</source>
        <translation>Файлът &lt;b&gt;{file}&lt;/b&gt; не е записан в UTF-8 — кодирането, което използва наръчникът: изглежда, че е текст в &lt;b&gt;{encoding}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not saved as UTF-8, the encoding the handbook uses, and its encoding cannot be told for sure. Choose the one in which the text below reads correctly.</source>
        <translation>Файлът &lt;b&gt;{file}&lt;/b&gt; не е записан в UTF-8 — кодирането, което използва наръчникът, — и кодирането му не може да бъде определено със сигурност. Изберете това, при което текстът по-долу се чете правилно.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encoding of the file</source>
        <translation>Кодиране на файла</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first lines of the file in this encoding</source>
        <translation>Първите редове на файла в това кодиране</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converting rewrites the file as UTF-8 (same text, same line ends) and keeps a copy of the original next to the recovery copies, then opens it.</source>
        <translation>Преобразуването презаписва файла в UTF-8 (същият текст, същите знаци за край на ред), запазва копие на оригинала до копията за възстановяване и след това отваря файла.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Convert to UTF-8</source>
        <translation>&amp;Преобразуване в UTF-8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Read as:</source>
        <translation>&amp;Четене като:</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../authoring_app/gui/diff_view.py" line="+120"/>
        <source>saved</source>
        <translation>запазено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsaved</source>
        <translation>незапазено</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two versions are the same.</source>
        <translation>Двете версии са еднакви.</translation>
    </message>
</context>
<context>
    <name>DiffWords</name>
    <message numerus="yes">
        <location line="-75"/>
        <source>… %n unchanged line(s)</source>
        <translation>
            <numerusform>… %n непроменен ред</numerusform>
            <numerusform>… %n непроменени реда</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Encoding</name>
    <message>
        <location filename="../authoring_app/core/encoding.py" line="+25"/>
        <source>Windows-1251 (Cyrillic)</source>
        <extracomment>The encodings the app offers to convert from, with what they were used for (the GUI&apos;s list, translated there with ``QCoreApplication.translate(NAMES_CONTEXT, name)``; the CLI&apos;s --from).</extracomment>
        <translation>Windows-1251 (кирилица)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KOI8-R (Russian)</source>
        <translation>KOI8-R (руски)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KOI8-U (Ukrainian)</source>
        <translation>KOI8-U (украински)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOS 866 (Cyrillic)</source>
        <translation>DOS 866 (кирилица)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 8859-5 (Cyrillic)</source>
        <translation>ISO 8859-5 (кирилица)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mac Cyrillic</source>
        <translation>Mac кирилица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16 (Windows “Unicode”)</source>
        <translation>UTF-16 (Windows „Unicode“)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (западноевропейски)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254 (турски)</translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <location filename="../authoring_app/gui/encoding_dialog.py" line="-72"/>
        <source>Line {line} cannot be read as {encoding}: the file is in another encoding.</source>
        <extracomment>The encoding shown first when the bytes do not say which one they are in.</extracomment>
        <translation>Ред {line} не може да се прочете като {encoding}: файлът е в друго кодиране.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{encoding}” is not an encoding this app knows.</source>
        <translation>„{encoding}“ не е кодиране, което приложението познава.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is {size} MB, too large for a section: split it into several sections.</source>
        <translation>Файлът е {size} MB — твърде голям за раздел: разделете го на няколко раздела.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>Файлът не може да се прочете: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be converted: {reason}. It is unchanged; check the folder&apos;s permissions and free space, then try again.</source>
        <translation>Файлът не можа да се преобразува: {reason}. Той е непроменен; проверете правата за папката и свободното място, после опитайте отново.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Cannot convert</source>
        <translation>Преобразуването е невъзможно</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} was converted from {encoding} to UTF-8; the original is kept in {backup}.</source>
        <translation>Файлът {file} е преобразуван от {encoding} в UTF-8; оригиналът е запазен в {backup}.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../authoring_app/gui/export_runner.py" line="+146"/>
        <source>Exporting</source>
        <extracomment>Threads of running exports. A thread has no parent, so closing the window that started it never destroys it while it runs (Qt aborts then); it leaves this set when it has finished.</extracomment>
        <translation>Експортиране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Напредък на експортирането</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the export…</source>
        <translation>Подготовка за експортиране…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopping the export…</source>
        <translation>Спиране на експортирането…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rendering sections</source>
        <translation>Генериране на разделите</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing pages</source>
        <translation>Записване на страниците</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the search index</source>
        <translation>Изграждане на индекса за търсене</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing files</source>
        <translation>Записване на файловете</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCORM 1.2 packages</source>
        <translation>Пакети SCORM 1.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCORM 2004 packages</source>
        <translation>Пакети SCORM 2004</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPUB books</source>
        <translation>Книги EPUB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single HTML files</source>
        <translation>Единни HTML файлове</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files</source>
        <translation>PDF файлове</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validating</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} от {total}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export Failed</source>
        <translation>Неуспешно експортиране</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything exported to that folder before is unchanged.</source>
        <translation>Всичко, експортирано по-рано в тази папка, е непроменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The handbook could not be read, so nothing was exported.</source>
        <translation>Наръчникът не можа да бъде прочетен, затова нищо не е експортирано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

Correct the file named above and export again.</source>
        <translation>{problem}

Коригирайте посочения по-горе файл и експортирайте отново.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handbook could not be exported to {folder}.</source>
        <translation>Наръчникът не можа да бъде експортиран в {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export could not write to {folder}.</source>
        <translation>При експортирането не можа да се запише в {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {reason}.

Check that the disk has free space and that you may write to that folder, then export again. {unchanged}</source>
        <translation>{file}: {reason}.

Проверете дали на диска има свободно място и дали имате право да записвате в тази папка, след което експортирайте отново. {unchanged}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unexpected error stopped the export to {folder}.</source>
        <translation>Неочаквана грешка прекъсна експортирането в {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{error}

{unchanged} Please report this problem, with the details below, to the people who maintain Handbook Studio.</source>
        <translation>{error}

{unchanged} Моля, съобщете за този проблем, заедно с подробностите по-долу, на хората, които поддържат Handbook Studio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export cancelled: the folder is as it was before.</source>
        <translation>Експортирането е отменено: папката е такава, каквато беше преди.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Validating the result…</source>
        <translation>Проверка на резултата…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../authoring_app/gui/export_dialog.py" line="+73"/>
        <source>Export Handbook</source>
        <extracomment>False: the export would be refused, so the Export button is off. Shown under the folder field (&quot;&quot; when there is nothing to say). True when ``message`` is a warning rather than a note.</extracomment>
        <translation>Експортиране на наръчника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export handbook</source>
        <translation>Експортиране на наръчника</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output folder</source>
        <translation>Целева папка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Преглед…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the output folder</source>
        <translation>Избор на целевата папка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About the output folder</source>
        <translation>За целевата папка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Formats to make</source>
        <translation>Формати за създаване</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Validate the result (HTML, accessibility, EPUB and SCORM checks)</source>
        <translation>П&amp;роверка на резултата (HTML, достъпност, EPUB и SCORM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs the validators installed on this computer and writes report.html; takes a little longer.</source>
        <translation>Стартира валидаторите, инсталирани на този компютър, и записва report.html; отнема малко повече време.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages to export</source>
        <translation>Езици за експортиране</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{language} ({code}, source)</source>
        <translation>{language} ({code}, изходен)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Base URL (optional)</source>
        <translation>Базов URL (незадължително)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://courses.example.edu/handbook/ (optional)</source>
        <translation>https://courses.example.edu/handbook/ (незадължително)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output &amp;folder:</source>
        <translation>&amp;Целева папка:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ormats:</source>
        <translation>&amp;Формати:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Езици:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base &amp;URL:</source>
        <translation>Базов &amp;URL:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>Е&amp;кспортиране</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose the folder the export goes into.</source>
        <translation>Изберете папката, в която да се експортира.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the full path of the folder, or choose it with Browse…</source>
        <translation>Въведете пълния път до папката или я изберете с „Преглед…“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This folder holds the handbook itself: choose another folder.</source>
        <translation>Тази папка съдържа самия наръчник: изберете друга папка.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is inside the handbook: choose a folder outside {root}.</source>
        <translation>Тази папка е вътре в наръчника: изберете папка извън {root}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a file, not a folder: choose a folder.</source>
        <translation>Това е файл, а не папка: изберете папка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An earlier export in this folder will be replaced.</source>
        <translation>По-ранното експортиране в тази папка ще бъде заменено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is not empty and was not made by an export. The export replaces its whole folder, so it will not write here: choose an empty or new folder.</source>
        <translation>Тази папка не е празна и не е създадена при експортиране. Експортирането заменя цялата си папка, затова няма да записва тук: изберете празна или нова папка.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder is empty: the export will be written into it.</source>
        <translation>Папката е празна: експортираното ще бъде записано в нея.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder cannot be read ({reason}).</source>
        <translation>Тази папка не може да бъде прочетена ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder will be created.</source>
        <translation>Папката ще бъде създадена.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the Output Folder</source>
        <translation>Избор на целевата папка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose at least one format.</source>
        <translation>Изберете поне един формат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One file per language and format goes into the folder, the website into its site folder.</source>
        <translation>В папката се записва по един файл за всеки език и формат, а уебсайтът — в отделна папка за сайта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per language and format goes into the folder.</source>
        <translation>В папката се записва по един файл за всеки език и формат.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose at least one language.</source>
        <translation>Изберете поне един език.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only for sitemap.xml: search engines need full addresses. Leave empty if unsure.</source>
        <translation>Само за sitemap.xml: търсачките се нуждаят от пълни адреси. Ако не сте сигурни, оставете полето празно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A base URL starts with https:// (or http://).</source>
        <translation>Базовият URL започва с https:// (или http://).</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../authoring_app/gui/export_formats.py" line="+192"/>
        <source>all</source>
        <extracomment>Format keys, in the order of :data:`EXPORT_FORMATS` (never empty). The chosen languages, in the handbook&apos;s order (never empty). Worker processes for rendering (None: the core&apos;s choice). Tests pass 1 to stay in one process. Run the installed validators on the result and write report.html. The file &quot;Open&quot; shows (the site&apos;s language chooser, a package, a book …); None when there is nothing to open. Pages a reader can open (HTML pages of a website). All files written or kept. Sections rendered this time (the others came from the cache). Files kept unchanged from the previous export. Every output, for validation. With &quot;Validate the result&quot;: report.html, one line per check, and whether a check failed. Source texts, translated when shown (marked with QT_TRANSLATE_NOOP in the &quot;ExportFormats&quot; context). Runs this format&apos;s part of a job; ``progress`` may raise to stop it (cancellation). ``module:function`` of the builder; the format is offered only when it imports. Must run on the GUI thread (QtWebEngine): the controller runs it there, after the export thread.</extracomment>
        <translation>всички</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(first: {message})</source>
        <translation>(първо: {message})</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Website (online and offline)</source>
        <translation>Уебсайт (онлайн и офлайн)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static pages for a web server that also work straight from a folder or a USB stick: open index.html.</source>
        <translation>Статични страници за уеб сървър, които работят и направо от папка или от USB памет: отворете index.html.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Open in browser</source>
        <translation>Отваряне в браузъра</translation>
    </message>
    <message>
        <location line="-20"/>
        <location filename="../authoring_app/core/export/formats.py" line="+47"/>
        <source>SCORM 1.2 package</source>
        <extracomment>Every format the app knows, in the dialog&apos;s order.
----------
What it is, for messages and the export dialog (the GUI translates it in the context ``ExportFormats``). The file each language gets: ``{lang}`` is replaced. ``module:function`` of the builder.</extracomment>
        <translation>Пакет SCORM 1.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .zip per language for Moodle and most other LMSs.</source>
        <translation>По един .zip за всеки език — за Moodle и повечето други LMS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SCORM 2004 package</source>
        <translation>Пакет SCORM 2004</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .zip per language for LMSs that run SCORM 2004 (4th edition).</source>
        <translation>По един .zip за всеки език — за LMS, които поддържат SCORM 2004 (4-то издание).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EPUB book</source>
        <translation>Книга EPUB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An EPUB 3 e-book per language, for e-readers and reading apps.</source>
        <translation>По една електронна книга EPUB 3 за всеки език — за електронни четци и приложения за четене.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open book</source>
        <translation>Отваряне на книгата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single HTML file</source>
        <translation>Единен HTML файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole handbook in one self-contained .html file per language.</source>
        <translation>Целият наръчник в един самостоятелен файл .html за всеки език.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../authoring_app/core/export/formats.py" line="+24"/>
        <source>PDF for print</source>
        <translation>PDF за печат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An A4 PDF per language, for printing.</source>
        <translation>По един PDF във формат A4 за всеки език — за печат.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open PDF</source>
        <translation>Отваряне на PDF</translation>
    </message>
    <message>
        <location filename="../authoring_app/core/export/formats.py" line="-18"/>
        <source>SCORM 2004 (4th edition) package</source>
        <translation>Пакет SCORM 2004 (4-то издание)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>EPUB 3 book</source>
        <translation>Книга EPUB 3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>single HTML file</source>
        <translation>единен HTML файл</translation>
    </message>
    <message>
        <location filename="../authoring_app/core/export/validation.py" line="+33"/>
        <source>website</source>
        <extracomment>The format name of the website&apos;s checks (the GUI translates it in the context ``ExportFormats``).</extracomment>
        <translation>уебсайт</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <location filename="../authoring_app/gui/export_runner.py" line="+34"/>
        <source>Export Finished</source>
        <translation>Експортирането завърши</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export finished</source>
        <translation>Експортирането завърши</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export is ready.</source>
        <translation>Експортирането е готово.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The export is ready, with %n problems.</source>
        <translation>
            <numerusform>Експортирането е готово, с %n проблем.</numerusform>
            <numerusform>Експортирането е готово, с %n проблема.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страници</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pages} ({files} in all) in {seconds} s, written to {folder}</source>
        <translation>{pages} (общо {files}) за {seconds} с, записани в {folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export summary</source>
        <translation>Обобщение на експортирането</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No section had to be rendered again: all came from the cache.</source>
        <translation>Нито един раздел не трябваше да се генерира отново: всички са взети от кеша.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sections rendered now</source>
        <translation>
            <numerusform>Този път е генериран %n раздел</numerusform>
            <numerusform>Този път са генерирани %n раздела</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n files unchanged since the last export.</source>
        <translation>
            <numerusform>%n файл е непроменен от последното експортиране.</numerusform>
            <numerusform>%n файла са непроменени от последното експортиране.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sections rendered now.</source>
        <translation>
            <numerusform>Този път е генериран %n раздел.</numerusform>
            <numerusform>Този път са генерирани %n раздела.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems found</source>
        <translation>Открити проблеми</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pages concerned are still published. Correct the files named below and export again:</source>
        <translation>Засегнатите страници все пак са публикувани. Коригирайте посочените по-долу файлове и експортирайте отново:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problems found.</source>
        <translation>Не са открити проблеми.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open report</source>
        <translation>Отваряне на отчета</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show folder</source>
        <translation>Показване на папката</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Validation results</source>
        <translation>Резултати от проверката</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation found problems (✗). Open the report for the details:</source>
        <translation>Проверката откри проблеми (✗). Отворете отчета за подробности:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation found no problem. — marks a check whose validator is not installed:</source>
        <translation>Проверката не откри проблеми. Със знака — са отбелязани проверките, чийто валидатор не е инсталиран:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot Open</source>
        <translation>Не може да се отвори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program to open {path} was found. Open it from your file manager.</source>
        <translation>Не е намерена програма, която да отвори {path}. Отворете го от файловия мениджър.</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <location filename="../authoring_app/gui/external_changes.py" line="+161"/>
        <source>{file} changed on disk but cannot be read ({error}); your text stays in the editor.</source>
        <translation>Файлът {file} е променен на диска, но не може да бъде прочетен ({error}); текстът ви остава в редактора.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} was changed by another program and reloaded (Ctrl+Z brings back the text before).</source>
        <translation>Файлът {file} е променен от друга програма и е зареден отново (Ctrl+Z връща предишния текст).</translation>
    </message>
    <message numerus="yes">
        <location line="-56"/>
        <source>%n file(s) deleted or renamed</source>
        <extracomment>How long the segment grid&apos;s refresh waits for the translator to finish editing a cell. A burst of outside changes was handled: the ``frozenset`` of files it touched.</extracomment>
        <translation>
            <numerusform>%n файл е изтрит или преименуван</numerusform>
            <numerusform>%n файла са изтрити или преименувани</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted or renamed by another program (%n file(s)): {files}. Your text is still open in the app, unsaved, and in the recovery copy: save it to write the file again, or copy the text elsewhere.</source>
        <translation>
            <numerusform>Изтрит или преименуван от друга програма (%n файл): {files}. Текстът ви е все още отворен в приложението, незапазен, и е в копието за възстановяване: запазете го, за да запишете файла отново, или копирайте текста другаде.</numerusform>
            <numerusform>Изтрити или преименувани от друга програма (%n файла): {files}. Текстът ви е все още отворен в приложението, незапазен, и е в копията за възстановяване: запазете го, за да запишете файловете отново, или копирайте текста другаде.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{file}: the version on disk could not be copied ({error}), so nothing was changed; saving will ask before it replaces that version.</source>
        <translation>{file}: версията на диска не можа да се копира ({error}), затова нищо не е променено; при запазване приложението ще попита, преди да замени тази версия.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: your text is kept; saving replaces the version on disk, copied to {copy}.</source>
        <translation>{file}: текстът ви е оставен; при запазване той заменя версията на диска, копирана в {copy}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: the version on disk was loaded.</source>
        <translation>{file}: заредена е версията от диска.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: the merged text is in the editor, not saved yet.</source>
        <translation>{file}: слетият текст е в редактора и още не е запазен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} changed on disk; saving will ask before it replaces that change.</source>
        <translation>Файлът {file} е променен на диска; при запазване ще бъдете попитани, преди тази промяна да бъде заменена.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>handbook.toml was changed by another program and cannot be read ({error}); the contents shown are as before. Correct the file to see the new contents.</source>
        <translation>Файлът handbook.toml е променен от друга програма и не може да бъде прочетен ({error}); показаното съдържание е предишното. Коригирайте файла, за да видите новото съдържание.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>handbook.toml was changed by another program: the contents were reloaded.</source>
        <translation>Файлът handbook.toml е променен от друга програма: съдържанието е заредено отново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The section {slug} is no longer in handbook.toml; its text stays open.</source>
        <translation>Разделът {slug} вече не е в handbook.toml; текстът му остава отворен.</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <location filename="../authoring_app/gui/media_form.py" line="+123"/>
        <source>&amp;Remove</source>
        <translation>Пре&amp;махване</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../authoring_app/gui/editor/find_replace.py" line="+68"/>
        <source>Find and replace</source>
        <extracomment>How many matches are painted in the text at most (counting goes on beyond it).</extracomment>
        <translation>Търсене и замяна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Търсене</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to find</source>
        <translation>Текст за търсене</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with</source>
        <translation>Замяна с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement text</source>
        <translation>Текст за замяна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With regular expressions, \1 or \g&lt;name&gt; inserts a matched group</source>
        <translation>При регулярни изрази \1 или \g&lt;name&gt; вмъква намерената група</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match &amp;case</source>
        <translation>Съвпадение на ре&amp;гистъра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Съвпадение на регистъра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>Само &amp;цели думи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words only</source>
        <translation>Само цели думи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gular expression</source>
        <translation>Р&amp;егулярен израз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Регулярен израз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python regular expressions; refer to groups as \1 in the replacement</source>
        <translation>Регулярни изрази на Python; в текста за замяна групите се означават с \1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Предишно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Търсене на предишното съвпадение (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Следващо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the next match (F3)</source>
        <translation>Търсене на следващото съвпадение (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Замяна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace this match and find the next</source>
        <translation>Замяна на това съвпадение и търсене на следващото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;all</source>
        <translation>Замяна на вси&amp;чки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace every match</source>
        <translation>Замяна на всички съвпадения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Escape)</source>
        <translation>Затваряне на лентата за търсене (Escape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find bar</source>
        <translation>Затваряне на лентата за търсене</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search result</source>
        <translation>Резултат от търсенето</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Find…</source>
        <translation>&amp;Търсене…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Замяна…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;next</source>
        <translation>Търсене &amp;напред</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find pre&amp;vious</source>
        <translation>Търсене н&amp;азад</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>Заменено е %n съвпадение</numerusform>
            <numerusform>Заменени са %n съвпадения</numerusform>
        </translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Invalid replacement: {error}</source>
        <translation>Невалидна замяна: {error}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{current} of {total}</source>
        <translation>{current} от {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}, from the top</source>
        <translation>{current} от {total}, от началото</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}, from the end</source>
        <translation>{current} от {total}, от края</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid regular expression: {error}</source>
        <translation>Невалиден регулярен израз: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No matches</source>
        <translation>Няма съвпадения</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n съвпадение</numerusform>
            <numerusform>%n съвпадения</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <location filename="../authoring_app/gui/editor/formatting.py" line="+346"/>
        <source>&amp;Bold</source>
        <translation>&amp;Получер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text bold</source>
        <translation>Прави избрания текст получер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text italic</source>
        <translation>Прави избрания текст курсивен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inline &amp;code</source>
        <translation>Код в &amp;реда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected text as code</source>
        <translation>Отбелязва избрания текст като код</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Link…</source>
        <translation>&amp;Връзка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text a link</source>
        <translation>Превръща избрания текст във връзка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heading &amp;{level}</source>
        <translation>Заглавие &amp;{level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line a heading of level {level}</source>
        <translation>Превръща текущия ред в заглавие от ниво {level}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Абзац</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line plain text</source>
        <translation>Превръща текущия ред в обикновен текст</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;ulleted list</source>
        <translation>&amp;Списък с водещи символи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a bulleted list</source>
        <translation>Превръща избраните редове в списък с водещи символи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Numbered list</source>
        <translation>&amp;Номериран списък</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a numbered list</source>
        <translation>Превръща избраните редове в номериран списък</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Block &amp;quote</source>
        <translation>&amp;Цитат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote the selected lines</source>
        <translation>Оформя избраните редове като цитат</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code bl&amp;ock</source>
        <translation>&amp;Блок с код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected lines in a code block</source>
        <translation>Поставя избраните редове в блок с код</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Table</source>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a table with three columns and two rows</source>
        <translation>Вмъква таблица с три колони и два реда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Колона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <location filename="../authoring_app/gui/editor/front_matter_form.py" line="+97"/>
        <source>Section details</source>
        <extracomment>The header changed (in the text or through the form); the argument is its data (empty when absent).</extracomment>
        <translation>Данни за раздела</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Front matter problems</source>
        <translation>Проблеми в метаданните на раздела</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section&apos;s title, as shown in the contents</source>
        <translation>Заглавието на раздела, както е показано в съдържанието</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two sentences for the contents page and search</source>
        <translation>Едно-две изречения за страницата със съдържанието и за търсенето</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keywords</source>
        <translation>Ключови думи</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Separated by commas</source>
        <translation>Разделени със запетаи</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Authors</source>
        <translation>Автори</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Резюме:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keywords:</source>
        <translation>&amp;Ключови думи:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au&amp;thors:</source>
        <translation>&amp;Автори:</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Line {line}: {problem}</source>
        <translation>Ред {line}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the front matter in the text; the form is read-only until then.</source>
        <translation>Коригирайте метаданните (front matter) в текста; дотогава формулярът е само за четене.</translation>
    </message>
</context>
<context>
    <name>InsertAudioDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="+232"/>
        <source>Insert Audio</source>
        <translation>Вмъкване на аудио</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert audio</source>
        <translation>Вмъкване на аудио</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an audio file</source>
        <translation>Избор на аудиофайл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recording chosen yet</source>
        <translation>Все още не е избран запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption of the recording</source>
        <translation>Надпис към записа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown above the player, e.g. who speaks about what</source>
        <translation>Показва се над плейъра, напр. кой за какво говори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;transcript files, one per language</source>
        <translation>Създаване на файлове с &amp;транскрипция, по един за всеки език</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create transcript files for each language</source>
        <translation>Създаване на файлове с транскрипция за всеки език</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audio &amp;file:</source>
        <translation>Аудио&amp;файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>&amp;Надпис:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording is copied as it is (Ogg or MP3 play everywhere). Languages: {languages}.</source>
        <translation>Записът се копира както е (Ogg и MP3 се възпроизвеждат навсякъде). Езици: {languages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Recording</source>
        <translation>Избор на запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio ({patterns})</source>
        <translation>Аудио ({patterns})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These transcript files were created in the handbook&apos;s media folder, one per language. Write what is said in the recording into them (Markdown):

{files}</source>
        <translation>В папката за медийни файлове на наръчника са създадени следните файлове с транскрипция, по един за всеки език. Запишете в тях казаното в записа (Markdown):

{files}</translation>
    </message>
</context>
<context>
    <name>InsertImageDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_image_dialog.py" line="+70"/>
        <source>Insert Image</source>
        <translation>Вмъкване на изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert image</source>
        <translation>Вмъкване на изображение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Избор на файл…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an image file</source>
        <translation>Избор на файл с изображение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No image chosen yet</source>
        <translation>Все още не е избрано изображение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop an image here or choose a file</source>
        <translation>Пуснете изображение тук или изберете файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the image</source>
        <translation>Преглед на изображението</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image size</source>
        <translation>Размер на изображението</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt text (required)</source>
        <translation>Алтернативен текст (задължително)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the image shows, for readers who cannot see it. Required.</source>
        <translation>Какво показва изображението — за читатели, които не могат да го видят. Задължително.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the image shows, e.g. “Students working in pairs”</source>
        <translation>Какво показва изображението, напр. „Студенти работят по двойки“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alt text is required: readers with a screen reader hear it instead of seeing the image.</source>
        <translation>Алтернативният текст е задължителен: читателите с екранен четец го чуват, вместо да видят изображението.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why alt text is needed</source>
        <translation>Защо е нужен алтернативен текст</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caption (optional)</source>
        <translation>Надпис (незадължително)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown under the image (optional)</source>
        <translation>Показва се под изображението (незадължително)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert</source>
        <translation>&amp;Вмъкване</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image &amp;file:</source>
        <translation>&amp;Файл с изображение:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Alt text (required):</source>
        <translation>&amp;Алтернативен текст (задължително):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ption:</source>
        <translation>&amp;Надпис:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an Image</source>
        <translation>Избор на изображение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pasted image</source>
        <translation>Поставено изображение</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This Image Cannot Be Used</source>
        <translation>Това изображение не може да се използва</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No preview available</source>
        <translation>Няма наличен преглед</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SVG drawing: stored as it is, sharp at any size.</source>
        <translation>SVG рисунка: запазва се както е, ясна при всякакъв размер.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{width} × {height} pixels: will be scaled down to {final_width} × {final_height} pixels, large enough for any screen.</source>
        <translation>{width} × {height} пиксела: ще бъде намалено до {final_width} × {final_height} пиксела — достатъчно за всеки екран.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{width} × {height} pixels.</source>
        <translation>{width} × {height} пиксела.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera data (such as the location) will be removed.</source>
        <translation>Данните от камерата (например местоположението) ще бъдат премахнати.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The Image Was Not Inserted</source>
        <translation>Изображението не е вмъкнато</translation>
    </message>
</context>
<context>
    <name>InsertVideoDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="-108"/>
        <source>Insert Video</source>
        <translation>Вмъкване на видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert video</source>
        <translation>Вмъкване на видео</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a video file</source>
        <translation>Избор на видеофайл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No video chosen yet</source>
        <translation>Все още не е избрано видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption under the player</source>
        <translation>Надпис под плейъра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown under the player, e.g. what the video is about</source>
        <translation>Показва се под плейъра, напр. за какво е видеото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;caption files (.vtt), one per language</source>
        <translation>Създаване на файлове със &amp;субтитри (.vtt), по един за всеки език</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create caption files for each language</source>
        <translation>Създаване на файлове със субтитри за всеки език</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose poster…</source>
        <translation>Избор на постер…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a poster image</source>
        <translation>Избор на изображение за постер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (optional)</source>
        <translation>Няма (незадължително)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the poster image</source>
        <translation>Премахване на изображението за постер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Video file:</source>
        <translation>Видео&amp;файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Poster:</source>
        <translation>&amp;Постер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>&amp;Надпис:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is copied as it is (WebM or MP4 play everywhere). Languages: {languages}.</source>
        <translation>Видеото се копира както е (WebM и MP4 се възпроизвеждат навсякъде). Езици: {languages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Video</source>
        <translation>Избор на видео</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Videos ({patterns})</source>
        <translation>Видеоклипове ({patterns})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Poster Image</source>
        <translation>Избор на изображение за постер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>These caption files were created in the handbook&apos;s media folder, one per language. Write the captions into them (WebVTT):

{files}</source>
        <translation>В папката за медийни файлове на наръчника са създадени следните файлове със субтитри, по един за всеки език. Запишете субтитрите в тях (WebVTT):

{files}</translation>
    </message>
</context>
<context>
    <name>InterfacePage</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="+55"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Като в системата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the interface</source>
        <translation>Език на интерфейса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used the next time Handbook Studio starts.</source>
        <translation>Новият език ще се използва при следващото стартиране на Handbook Studio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Език:</translation>
    </message>
</context>
<context>
    <name>LanguageColumn</name>
    <message>
        <location filename="../authoring_app/gui/translation/side_by_side_column.py" line="+56"/>
        <source>Language of this column</source>
        <extracomment>The user picked another language in the header&apos;s picker. The editor took the focus: this is the column Ctrl+S saves and whose segment is highlighted.</extracomment>
        <translation>Език на тази колона</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>● unsaved</source>
        <translation>● незапазено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This column has unsaved changes</source>
        <translation>В тази колона има незапазени промени</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation status of this column</source>
        <translation>Състояние на превода в тази колона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the page of this language below</source>
        <translation>Показва отдолу страницата на този език</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this language in the section editor</source>
        <translation>Отваря този език в редактора на раздела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this column</source>
        <translation>Премахва тази колона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove column</source>
        <translation>Премахване на колоната</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{language} text</source>
        <translation>Текст: {language}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Source language</source>
        <translation>Изходен език</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n outdated</source>
        <translation>
            <numerusform>%n остарял</numerusform>
            <numerusform>%n остарели</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n липсващ</numerusform>
            <numerusform>%n липсващи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n extra</source>
        <translation>
            <numerusform>%n излишен</numerusform>
            <numerusform>%n излишни</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date</source>
        <translation>Преводът е актуален</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counts} (against {pivot})</source>
        <translation>{counts} (спрямо: {pivot})</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{file} (new file)</source>
        <translation>{file} (нов файл)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the recovery copy: {error}</source>
        <translation>Копието за възстановяване не можа да бъде записано: {error}</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <location filename="../authoring_app/gui/languages.py" line="+13"/>
        <source>Bulgarian</source>
        <translation>Български</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Руски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Казахски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>Киргизки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajik</source>
        <translation>Таджикски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmen</source>
        <translation>Туркменски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>Узбекски</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../authoring_app/gui/main_actions.py" line="+39"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Handbook…</source>
        <translation>&amp;Нов наръчник…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Handbook…</source>
        <translation>&amp;Отваряне на наръчник…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a handbook folder (the one holding handbook.toml)</source>
        <translation>Отваря папката на наръчник (тази, която съдържа handbook.toml)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Последни наръчници</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Запазване</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експортиране…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the handbook as a website that also works offline</source>
        <translation>Публикува наръчника като уебсайт, който работи и офлайн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редактиране</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отмяна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Изрязване</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копиране</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation>По&amp;ставяне</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>Избиране на &amp;всичко</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Preferences…</source>
        <translation>Настро&amp;йки…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ormat</source>
        <translation>Фор&amp;мат</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insert</source>
        <translation>&amp;Вмъкване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image…</source>
        <translation>&amp;Изображение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Video…</source>
        <translation>&amp;Видео…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audio…</source>
        <translation>&amp;Аудио…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quiz</source>
        <translation>&amp;Тест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table</source>
        <translation>Та&amp;блица</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Structure</source>
        <translation>&amp;Структура</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;View</source>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Preview</source>
        <translation>Показване на &amp;прегледа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;System</source>
        <translation>Като в &amp;системата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>Св&amp;етла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тъмна</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Нулиране на подредбата</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Handbook Studio</source>
        <translation>&amp;Относно Handbook Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Основна лента с инструменти</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>{file}: only images, video and audio can be dropped into a section</source>
        <translation>{file}: в раздел могат да се пускат само изображения, видео и аудио</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(none yet)</source>
        <translation>(все още няма)</translation>
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
        <translation>Заглавие на наръчника</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handbook folder</source>
        <translation>Папка на наръчника</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Editor area</source>
        <translation>Област на редактора</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section being edited</source>
        <translation>Редактиран раздел</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the section being edited</source>
        <translation>Език на редактирания раздел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this section in another language</source>
        <translation>Редактиране на този раздел на друг език</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Език:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Handbook summary</source>
        <translation>Обобщение на наръчника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words and characters</source>
        <translation>Думи и знаци</translation>
    </message>
    <message>
        <location line="+125"/>
        <location filename="../authoring_app/gui/structure_follow.py" line="+70"/>
        <source>Cannot open section</source>
        <extracomment>The section the window is on (the Write mode edits it; the other modes show it), and its language.</extracomment>
        <translation>Разделът не може да бъде отворен</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved {file}</source>
        <translation>Запазено: {file}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} has changes that are not saved.</source>
        <translation>Във файла {file} има незапазени промени.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Handbook</source>
        <translation>Отваряне на наръчник</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Handbook — choose a new folder</source>
        <translation>Нов наръчник — изберете нова папка</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>New Handbook</source>
        <translation>Нов наръчник</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Title of the handbook:</source>
        <translation>Заглавие на наръчника:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language codes, the source language first (e.g. bg, ru, en):</source>
        <translation>Кодове на езиците, първо изходният (напр. bg, ru, en):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the handbook</source>
        <translation>Наръчникът не може да бъде създаден</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+2"/>
        <source>No handbook open</source>
        <translation>Няма отворен наръчник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a handbook folder with File → Open Handbook…</source>
        <translation>Отворете папка на наръчник чрез Файл → Отваряне на наръчник…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+87"/>
        <source>%n sections · languages {languages}</source>
        <translation>
            <numerusform>%n раздел · езици: {languages}</numerusform>
            <numerusform>%n раздела · езици: {languages}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Double-click a section (or press Enter) to write it here.</source>
        <translation>Щракнете двукратно върху раздел (или натиснете Enter), за да го редактирате тук.</translation>
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
        <translation> (нов превод: файлът ще бъде създаден при първото запазване)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{words} words · {characters} characters</source>
        <translation>Думи: {words} · знаци: {characters}</translation>
    </message>
    <message>
        <location filename="../authoring_app/gui/structure_follow.py" line="-42"/>
        <source>The structure was not changed: save the open text first.</source>
        <translation>Структурата не е променена: първо запазете отворения текст.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file} before changing the structure</source>
        <translation>Преди промяната на структурата е запазен {file}</translation>
    </message>
    <message>
        <location filename="../authoring_app/gui/window_dialogs.py" line="+26"/>
        <source>Cannot open handbook</source>
        <translation>Наръчникът не може да бъде отворен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample handbook could not be opened.</source>
        <translation>Примерният наръчник не можа да бъде отворен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handbook in {path} could not be opened.</source>
        <translation>Наръчникът в {path} не можа да бъде отворен.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore unsaved text?</source>
        <translation>Възстановяване на незапазения текст?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has text that was typed but not saved (the app ended before it was saved).</source>
        <translation>Във файла {file} има въведен, но незапазен текст (програмата е спряла, преди той да бъде запазен).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore it into the editor (you can still undo that), or discard it and keep the file as saved?</source>
        <translation>Да бъде ли възстановен в редактора (това може да бъде отменено), или да бъде отхвърлен, а файлът да остане такъв, какъвто е запазен?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Възстановяване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Отхвърляне</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unsaved changes</source>
        <translation>Незапазени промени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before you go on?</source>
        <translation>Да бъдат ли запазени, преди да продължите?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file changed on disk</source>
        <translation>Файлът е променен на диска</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Anyway</source>
        <translation>Запазване въпреки това</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot save</source>
        <translation>Не може да се запази</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Handbook Studio</source>
        <translation>Относно Handbook Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Handbook Studio {version}&lt;/h3&gt;&lt;p&gt;Write a multilingual, multimedia university handbook offline, keep every translation in step with the source, and publish it as a website, SCORM, EPUB and PDF.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handbook Studio {version}&lt;/h3&gt;&lt;p&gt;Пишете многоезичен мултимедиен университетски наръчник офлайн, поддържайте всеки превод в синхрон с изходния текст и публикувайте наръчника като уебсайт, SCORM, EPUB и PDF.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../authoring_app/gui/editor/markdown_editor.py" line="+66"/>
        <source>Section text</source>
        <extracomment>``(words, characters)`` of the prose (front matter and Markdown marks left out), after a pause in typing. Local files were dropped (or pasted from a file manager) on the editor; a list of ``pathlib.Path``. The editor inserts nothing for them; the text cursor is already where the drop happened. An image (not text) was pasted; the ``QImage`` is the clipboard&apos;s picture.</extracomment>
        <translation>Текст на раздела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown text of the section, with its front matter at the top</source>
        <translation>Текстът на раздела в Markdown, с метаданните (front matter) в началото</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="+98"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>PreviewBase</name>
    <message>
        <location filename="../authoring_app/gui/preview/base.py" line="+47"/>
        <source>Preview notice</source>
        <extracomment>True where the preview is the real website page (Chromium), False for the simplified fallback. The page shows this revision of the text now (see :meth:`set_text`). The reader scrolled the preview: the source line now at its top (fractional between two blocks). The reader clicked a block: its first source line. A link to another section was followed: language, slug, fragment. The page must be built again (its process ended). Rendering failed (a bug): the message, also shown in the preview&apos;s notice.</extracomment>
        <translation>Известие от прегледа</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The preview could not show this text: {message}</source>
        <translation>Прегледът не може да покаже този текст: {message}</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../authoring_app/gui/problems_panel.py" line="+94"/>
        <source>Problems</source>
        <extracomment>``&lt;lang&gt;/&lt;slug&gt;.md``: a problem in a section file, which the panel can ask to open. Filter values (the combo boxes&apos; item data). Checks still running. A thread has no parent, so closing the panel never destroys a running thread (Qt would abort); it leaves this set when it has finished.</extracomment>
        <translation>Проблеми</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked yet.</source>
        <translation>Все още не е проверено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of problems</source>
        <translation>Обобщение на проблемите</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors and warnings</source>
        <translation>Грешки и предупреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Само грешки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings only</source>
        <translation>Само предупреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of severity</source>
        <translation>Показване на проблеми по сериозност</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Всички видове</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation QA</source>
        <translation>Контрол на качеството на превода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other than translation QA</source>
        <translation>Без контрола на качеството на превода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of kind</source>
        <translation>Показване на проблеми по вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check again</source>
        <translation>Проверка о&amp;тново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the handbook again</source>
        <translation>Нова проверка на наръчника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every file of the handbook again (the window stays usable)</source>
        <translation>Проверява отново всички файлове на наръчника (прозорецът остава използваем)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Открити проблеми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter or double-click a problem to open its place</source>
        <translation>Натиснете Enter или щракнете двукратно върху проблем, за да отидете на мястото му</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Сериозност</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Къде</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Show:</source>
        <translation>Пока&amp;зване:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Checking the handbook…</source>
        <translation>Проверка на наръчника…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The check failed; please report this:
%1</source>
        <translation>Проверката се провали; моля, съобщете за това:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Грешка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The handbook cannot be loaded: see the problem below.</source>
        <translation>Наръчникът не може да бъде зареден: вижте проблема по-долу.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n грешка</numerusform>
            <numerusform>%n грешки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n from translation QA)</source>
        <translation>
            <numerusform>(от тях %n — контрол на качеството на превода)</numerusform>
            <numerusform>(от тях %n — контрол на качеството на превода)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shown</source>
        <translation>
            <numerusform>показани: %n</numerusform>
            <numerusform>показани: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found.</source>
        <translation>Не са открити проблеми.</translation>
    </message>
</context>
<context>
    <name>ProjectGuard</name>
    <message>
        <location filename="../authoring_app/gui/project_guard.py" line="+152"/>
        <source>Restore from &amp;Backup…</source>
        <extracomment>Who this app is in lock files (tests pose as another app with their own). The app that holds the handbook while this window has it read-only. Why locking is off for this handbook (&quot;&quot; while it works): a reason with a LockReason code.</extracomment>
        <translation>Възстановяване от &amp;резервно копие…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back files of this handbook as one of its backups has them</source>
        <translation>Връща файловете на този наръчник към състоянието им в някое от резервните копия</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The backup of the changed files failed: {reason} Close anyway?</source>
        <translation>Резервното копие на променените файлове не успя: {reason} Да се затвори ли въпреки това?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your files in the handbook are as you saved them; only the backup copy of this session is missing.</source>
        <translation>Файловете ви в наръчника са такива, каквито сте ги запазили; липсва само резервното копие от тази сесия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Anyway</source>
        <translation>Затваряне въпреки това</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Locking is on again for this handbook: no other app can open it for writing now.</source>
        <translation>Заключването за този наръчник отново работи: сега друга програма не може да го отвори за запис.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other app has closed the handbook: you can write in it now.</source>
        <translation>Другата програма затвори наръчника: сега можете да пишете в него.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You have taken the handbook over: you can write in it now.</source>
        <translation>Поехте наръчника: сега можете да пишете в него.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take over the handbook?</source>
        <translation>Да бъде ли поет наръчникът?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If Handbook Studio still runs there, you could overwrite each other&apos;s changes. Take the handbook over only when that app has been closed or its user agrees: it becomes read-only there.</source>
        <translation>Ако Handbook Studio все още работи там, може да презапишете промените си един на друг. Поемете наръчника само ако онази програма е затворена или потребителят ѝ е съгласен: там наръчникът ще стане само за четене.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Over</source>
        <translation>Поемане</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {user} has this handbook open on {host} (process {pid}) since {since}. You can read everything; to write, close it there, or take it over.</source>
        <translation>&lt;b&gt;Само за четене.&lt;/b&gt; Този наръчник е отворен на компютъра {host} от {since} (потребител: {user}, процес {pid}). Можете да четете всичко; за да пишете, затворете го там или го поемете.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {user} on {host} (process {pid}) took this handbook over at {since}. Unsaved text stays in the editor; take the handbook back to save it here.</source>
        <translation>&lt;b&gt;Само за четене.&lt;/b&gt; Този наръчник е поет в {since} на компютъра {host} (потребител: {user}, процес {pid}). Незапазеният текст остава в редактора; за да го запазите тук, поемете наръчника обратно.</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>Backed up %n changed file(s) of the handbook.</source>
        <translation>
            <numerusform>Направено е резервно копие на %n променен файл от наръчника.</numerusform>
            <numerusform>Направено е резервно копие на %n променени файла от наръчника.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+247"/>
        <source>The backup failed</source>
        <translation>Неуспешно резервно копиране</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Took over a lock file that was damaged (perhaps by a sync program).</source>
        <translation>Поет е повреден файл за заключване (може би от програма за синхронизация).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took over a lock that was left behind.</source>
        <translation>Поето е останало заключване.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took over the lock {user} left on {host}: that app&apos;s process {pid} has ended.</source>
        <translation>Поето е заключването, оставено на компютъра {host} (потребител: {user}): процесът {pid} на онази програма е приключил.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took over the lock {user} left on {host}: that app&apos;s process {pid} has ended (the number belongs to another program now).</source>
        <translation>Поето е заключването, оставено на компютъра {host} (потребител: {user}): процесът {pid} на онази програма е приключил (номерът вече е на друга програма).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Took over the lock {user} left on {host}: that app has given no sign of life for %n minute(s).</source>
        <translation>
            <numerusform>Поето е заключването, оставено на компютъра {host} (потребител: {user}): онази програма не е давала признаци на живот от %n минута.</numerusform>
            <numerusform>Поето е заключването, оставено на компютъра {host} (потребител: {user}): онази програма не е давала признаци на живот от %n минути.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Took over the lock {user} left on {host}.</source>
        <translation>Поето е заключването, оставено на компютъра {host} (потребител: {user}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locking is off for this handbook: the lock file {file} cannot be written or read ({error}). Another app could open the handbook for writing at the same time.</source>
        <translation>Заключването за този наръчник е изключено: файлът за заключване {file} не може да се запише или прочете ({error}). Друга програма може едновременно да отвори наръчника за запис.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locking is off for this handbook: the lock file cannot be written or read ({error}). Another app could open the handbook for writing at the same time.</source>
        <translation>Заключването за този наръчник е изключено: файлът за заключване не може да се запише или прочете ({error}). Друга програма може едновременно да отвори наръчника за запис.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{error}

Your files in the handbook are as you saved them; only the backup copy is missing.</source>
        <translation>{error}

Файловете ви в наръчника са такива, каквито сте ги запазили; липсва само резервното копие.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not backed up: {problems}</source>
        <translation>Без резервно копие: {problems}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} has unsaved changes in an open editor: save or discard them first, then restore it.</source>
        <translation>Файлът {file} има незапазени промени в отворен редактор: първо ги запазете или отхвърлете, след това го възстановете.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} was restored but cannot be read: {error}</source>
        <translation>Файлът {file} е възстановен, но не може да бъде прочетен: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Restored %n file(s) from the backup.</source>
        <translation>
            <numerusform>Възстановен е %n файл от резервното копие.</numerusform>
            <numerusform>Възстановени са %n файла от резервното копие.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>someone</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{user} has this handbook open on {host} (process {pid}) since {since}.</source>
        <translation>Този наръчник е отворен на компютъра {host} от {since} (потребител: {user}, процес {pid}).</translation>
    </message>
</context>
<context>
    <name>ProjectTree</name>
    <message>
        <location filename="../authoring_app/gui/project_tree.py" line="+71"/>
        <source>Handbook contents</source>
        <extracomment>Item data: what a row stands for (&quot;part&quot; or &quot;section&quot;) and its slug. The user asked to open a section (double click or Enter); the argument is the section&apos;s slug. The structure changed (a change, undo or redo); the argument is the reloaded Handbook.</extracomment>
        <translation>Съдържание на наръчника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts and sections of the handbook, and the languages each section is written in. F2 renames, Delete deletes, Alt+Up and Alt+Down move the selected row, the context menu has more.</source>
        <translation>Частите и разделите на наръчника и езиците, на които е написан всеки раздел. F2 — преименуване, Delete — изтриване, Alt+Up и Alt+Down — преместване на избрания ред; още действия има в контекстното меню.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section titles in the source language</source>
        <translation>Заглавия на разделите на изходния език</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{language} (source language)</source>
        <translation>{language} (изходен език)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Part: {title}</source>
        <translation>Част: {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title}
File: {file}</source>
        <translation>{title}
Файл: {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Available in {language}</source>
        <translation>Наличен на език: {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing in {language}</source>
        <translation>Липсва на език: {language}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{language}: {present} of %n sections</source>
        <translation>
            <numerusform>{language}: {present} от %n раздел</numerusform>
            <numerusform>{language}: {present} от %n раздела</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <location filename="../authoring_app/gui/project_guard.py" line="-464"/>
        <source>Read-only notice</source>
        <translation>Известие за режим само за четене</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Anyway (&amp;Take Over)…</source>
        <translation>Отваряне въпреки това (&amp;поемане)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write in this handbook here; the other app can then no longer save it without asking</source>
        <translation>Писане в този наръчник тук; другата програма вече няма да може да го записва, без да попита</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../authoring_app/gui/recovery_dialog.py" line="+86"/>
        <source>Restore unsaved text?</source>
        <extracomment>The recovery copy (what Discard deletes).</extracomment>
        <translation>Възстановяване на незапазения текст?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handbook Studio ended before this text was saved (a crash or a power cut). For each section, compare the unsaved text with the file, then restore it into the editor or discard it.</source>
        <extracomment>The section chosen for Restore.</extracomment>
        <translation>Handbook Studio спря, преди този текст да бъде запазен (срив или спиране на тока). За всеки раздел сравнете незапазения текст с файла, след което го възстановете в редактора или го отхвърлете.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections with unsaved text</source>
        <translation>Раздели с незапазен текст</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file compared with the unsaved text</source>
        <translation>Файлът в сравнение с незапазения текст</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Възстановяване</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the section with this text in the editor (not saved yet)</source>
        <translation>Отваря раздела с този текст в редактора (все още незапазен)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Отхвърляне</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this unsaved text and keep the file as saved</source>
        <translation>Изтрива този незапазен текст и оставя файла такъв, какъвто е запазен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Решаване по-&amp;късно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the unsaved text; opening the section offers it again</source>
        <translation>Оставя незапазения текст; при отваряне на раздела той ще бъде предложен отново</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file as saved</source>
        <translation>Файлът, както е запазен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unsaved text (recovered)</source>
        <translation>Незапазен текст (възстановен)</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Unsaved text of %n section(s) is kept from the last session: open one to restore it.</source>
        <translation>
            <numerusform>Незапазеният текст на %n раздел е съхранен от предишната сесия: отворете раздела, за да го възстановите.</numerusform>
            <numerusform>Незапазеният текст на %n раздела е съхранен от предишната сесия: отворете някой от тях, за да го възстановите.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="-84"/>
        <source>Safety</source>
        <translation>Безопасност</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder of recovery copies and backups</source>
        <extracomment>The folder chosen (None: the data folder).</extracomment>
        <translation>Папка за копията за възстановяване и резервните копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data folder: {folder}</source>
        <translation>Папката с данни: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Избор…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Default</source>
        <translation>&amp;По подразбиране</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the data folder again</source>
        <translation>Отново да се използва папката с данни</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery copies of unsaved text and the backups made on close go to this folder from the next start of Handbook Studio (the handbook command uses it at once). Those made before stay where they are.</source>
        <translation>Копията за възстановяване на незапазения текст и резервните копия при затваряне ще се записват в тази папка от следващото стартиране на Handbook Studio (командата handbook я използва веднага). Направените преди това остават, където са.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups to keep of each handbook</source>
        <translation>Брой пазени резервни копия на всеки наръчник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older backups are deleted when a new one is made</source>
        <translation>По-старите резервни копия се изтриват при създаване на ново</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery and &amp;backup folder:</source>
        <translation>Папка за възстановяване и &amp;резервни копия:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups to &amp;keep:</source>
        <translation>&amp;Брой пазени резервни копия:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preferences not saved</source>
        <translation>Настройките не са запазени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety settings could not be saved in {file}: {error}</source>
        <translation>Настройките за безопасност не можаха да бъдат запазени в {file}: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder of Recovery Copies and Backups</source>
        <translation>Папка за копията за възстановяване и резервните копия</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../authoring_app/gui/section_editor.py" line="+140"/>
        <source>Could not write the recovery copy: {error}</source>
        <extracomment>Editor scroll events this soon after the preview scrolled it are ours, not the author&apos;s. The section shown changed: language, slug (empty when none).</extracomment>
        <translation>Копието за възстановяване не можа да бъде записано: {error}</translation>
    </message>
</context>
<context>
    <name>SectionFileSession</name>
    <message>
        <location filename="../authoring_app/gui/section_file_session.py" line="+96"/>
        <source>{file} was not saved: another app has this handbook open, so this window may only read it. Take the handbook over to save here, or discard the changes.</source>
        <extracomment>A recovery copy is written at most this long after a change. The window property that is true while the window&apos;s handbook is open read-only. The recovery copy could not be written: the OSError (the widget says so where it has room). The file&apos;s state or the text changed from outside the editor (reloaded, merged, the file vanished): the widget updates what it shows around the text (labels, the form).</extracomment>
        <translation>{file} не е запазен: друга програма е отворила този наръчник, затова този прозорец може само да го чете. Поемете наръчника, за да запазвате тук, или отхвърлете промените.</translation>
    </message>
</context>
<context>
    <name>SegmentEditorDelegate</name>
    <message>
        <location filename="../authoring_app/gui/translation/segment_grid.py" line="+66"/>
        <source>Segment text</source>
        <translation>Текст на сегмента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return saves this segment to the file, Escape cancels</source>
        <translation>Ctrl+Return — запазване на сегмента във файла, Escape — отказ</translation>
    </message>
</context>
<context>
    <name>SegmentGrid</name>
    <message>
        <location line="+58"/>
        <source>&amp;Languages</source>
        <extracomment>The user asked to open ``lang``/``slug`` at file line ``line`` in the editor (double-click on a cell). The grid wrote ``lang``/``slug``: the section file or its provenance record.</extracomment>
        <translation>&amp;Езици</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the languages shown as columns</source>
        <translation>Избор на езиците, показвани като колони</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages shown</source>
        <translation>Показвани езици</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All segments</source>
        <translation>Всички сегменти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdated</source>
        <translation>Остарели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Липсващи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra</source>
        <translation>Излишни</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show rows</source>
        <translation>Показвани редове</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all rows, or only rows with an outdated, missing or extra segment</source>
        <translation>Показване на всички редове или само на редовете с остарял, липсващ или излишен сегмент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>Пока&amp;зване:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark as Up to Date</source>
        <translation>&amp;Отбелязване като актуални</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected outdated translations still fit the source as it is now</source>
        <translation>Избраните остарели преводи все още отговарят на текущия изходен текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;opy Source to Target</source>
        <translation>&amp;Копиране на изходния текст в превода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the selected translation from the source text, then edit it</source>
        <translation>Започва избрания превод от копие на изходния текст, което после да редактирате</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments by language</source>
        <translation>Сегменти по езици</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Segment details and source changes</source>
        <translation>Подробности за сегмента и промени в изходния текст</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Съобщение</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Next Outdated</source>
        <translation>Следващ остарял</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next outdated segment</source>
        <translation>Към следващия остарял сегмент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Outdated</source>
        <translation>Предишен остарял</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous outdated segment</source>
        <translation>Към предишния остарял сегмент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Missing</source>
        <translation>Следващ липсващ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next missing segment</source>
        <translation>Към следващия липсващ сегмент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Missing</source>
        <translation>Предишен липсващ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous missing segment</source>
        <translation>Към предишния липсващ сегмент</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No {status} segments in the languages shown</source>
        <translation>В показваните езици няма сегменти със състояние „{status}“</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not record that: {error}</source>
        <translation>Това не можа да бъде записано: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select one or more outdated segments first</source>
        <translation>Първо изберете един или повече остарели сегмента</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n segment(s) marked as up to date</source>
        <translation>
            <numerusform>%n сегмент е отбелязан като актуален</numerusform>
            <numerusform>%n сегмента са отбелязани като актуални</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a cell of a translation first</source>
        <translation>Първо изберете клетка от превод</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This segment has no source text to copy</source>
        <translation>Този сегмент няма изходен текст за копиране</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file changed since the grid was shown; it has been read again.</source>
        <translation>Файлът е променен, след като таблицата беше показана; прочетен е отново.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved {lang}/{slug}.md</source>
        <translation>Запазено: {lang}/{slug}.md</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was saved: another app has this handbook open; this window may only read it.</source>
        <translation>Нищо не е запазено: друга програма е отворила този наръчник; този прозорец може само да го чете.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a cell to see its text and what changed in the source.</source>
        <translation>Изберете клетка, за да видите текста ѝ и какво е променено в изходния текст.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What changed in the source since this was translated:</source>
        <translation>Какво е променено в изходния текст след превода:</translation>
    </message>
</context>
<context>
    <name>SegmentGridModel</name>
    <message>
        <location filename="../authoring_app/gui/translation/segment_grid_model.py" line="+127"/>
        <source>{name}: source</source>
        <extracomment>Role of the row key (``paragraph:3``, ``ru/extra:paragraph:1``) in every cell. Role of the cell&apos;s status (``translated`` …, &quot;source&quot; in the source column, None where nothing is compared). The segment of the handbook&apos;s source language (None on a row of an extra segment). The status of the row&apos;s segment in each target language that has one.</extracomment>
        <translation>{name}: изходен</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not compared: this language has no counterpart of this row</source>
        <translation>Не се сравнява: в този език няма съответствие на този ред</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only in the translation: the source has no counterpart</source>
        <translation>Само в превода: в изходния текст няма съответствие</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <location filename="../authoring_app/gui/translation/side_by_side.py" line="+78"/>
        <source>Side by side translation</source>
        <extracomment>Statuses are recomputed this long after the last change in any column. Whether any column has unsaved changes. Open this language of the section in the single-language editor, at this file line. A column was saved: language, slug (the project tree may refresh). A short message for the status bar (what a mark means, why something was refused).</extracomment>
        <translation>Паралелен превод</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Side by side</source>
        <extracomment>Milliseconds the last status recompute took (all columns). The last status of each language, with the texts it was computed from (target, pivot column&apos;s).</extracomment>
        <translation>Паралелно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side by side tools</source>
        <translation>Инструменти за паралелния режим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Column</source>
        <translation>Запазване на &amp;колоната</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the language whose text has the focus</source>
        <translation>Запазва езика, чийто текст е на фокус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;All</source>
        <translation>Запазване на вси&amp;чки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every language with unsaved changes</source>
        <translation>Запазва всички езици с незапазени промени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Language</source>
        <translation>Добавяне на &amp;език</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one more language next to these (up to four)</source>
        <translation>Показва още един език до тези (до четири)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Mark</source>
        <translation>Пре&amp;дишен маркер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Mark</source>
        <translation>Следв&amp;ащ маркер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next outdated, missing or extra segment</source>
        <translation>Към следващия остарял, липсващ или излишен сегмент</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{files}: changes are not saved.</source>
        <translation>{files}: промените не са запазени.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+34"/>
        <source>Cannot open</source>
        <translation>Не може да се отвори</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{language} is already shown.</source>
        <translation>Езикът „{language}“ вече е показан.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{file} is not UTF-8 and was not converted.</source>
        <translation>Файлът {file} не е в UTF-8 и не е преобразуван.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Saved {file}</source>
        <translation>Запазено: {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} has changes that are not saved.</source>
        <translation>Във файла {file} има незапазени промени.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore unsaved text?</source>
        <translation>Възстановяване на незапазения текст?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has text that was typed but not saved (the app ended before it was saved).</source>
        <translation>Във файла {file} има въведен, но незапазен текст (програмата е спряла, преди той да бъде запазен).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore it into the editor (you can still undo that)?</source>
        <translation>Да бъде ли възстановен в редактора (това може да бъде отменено)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Възстановяване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Отхвърляне</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No more marks in {language}.</source>
        <translation>{language}: няма повече маркери.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_chart.py" line="+30"/>
        <source>Translation progress by language</source>
        <translation>Напредък на превода по езици</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{language}: {percent}% translated, {outdated} outdated, {missing} missing</source>
        <translation>{language}: преведено {percent}%, остаряло {outdated}, липсва {missing}</translation>
    </message>
</context>
<context>
    <name>StatusGutter</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_gutter.py" line="+29"/>
        <source>Translation status marks</source>
        <extracomment>Background of each mark; white letters on them keep at least 4.5:1 contrast, on light and dark themes alike.</extracomment>
        <translation>Маркери за състоянието на превода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks beside the text: O outdated, M missing, E extra; F8 goes to the next one</source>
        <translation>Маркери до текста: О — остаряло, Л — липсва, И — излишно; F8 — към следващия</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>O</source>
        <comment>gutter mark: outdated segment</comment>
        <translation>О</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <comment>gutter mark: missing segment</comment>
        <translation>Л</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <comment>gutter mark: extra segment</comment>
        <translation>И</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outdated: the source changed since this was translated.</source>
        <translation>Остаряло: изходният текст е променен след превода.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: this segment is not translated yet.</source>
        <translation>Липсва: този сегмент още не е преведен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra: this text has no counterpart in the language it is translated from.</source>
        <translation>Излишно: този текст няма съответствие в езика, от който се превежда.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n segments missing here.</source>
        <translation>
            <numerusform>Тук липсва %n сегмент.</numerusform>
            <numerusform>Тук липсват %n сегмента.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_chart.py" line="+57"/>
        <source>Colour legend</source>
        <translation>Легенда на цветовете</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <location filename="../authoring_app/gui/structure_actions.py" line="+219"/>
        <source>New &amp;Part…</source>
        <translation>Нова &amp;част…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Section…</source>
        <translation>&amp;Нов раздел…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Преименуване…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Title…</source>
        <translation>Промяна на &amp;заглавието…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Изтриване…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mo&amp;ve Up</source>
        <translation>Преместване на&amp;горе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Dow&amp;n</source>
        <translation>Преместване на&amp;долу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отмяна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Повто&amp;рение</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Structure</source>
        <translation>Структура</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Rename Part…</source>
        <translation>&amp;Преименуване на частта…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Part…</source>
        <translation>&amp;Изтриване на частта…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename File…</source>
        <translation>&amp;Преименуване на файла…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Section…</source>
        <translation>&amp;Изтриване на раздела…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Part</source>
        <translation>Нова част</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New part “{title}”</source>
        <translation>на създаването на част „{title}“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New Section</source>
        <translation>Нов раздел</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New section “{title}”</source>
        <translation>на създаването на раздел „{title}“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename File</source>
        <translation>Преименуване на файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename “{old}” to “{new}”</source>
        <translation>на преименуването на „{old}“ на „{new}“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change Title</source>
        <translation>Промяна на заглавието</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change title to “{title}”</source>
        <translation>на промяната на заглавието на „{title}“</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The part “{title}” still holds %n section(s). Move them to another part or delete them first.</source>
        <translation>
            <numerusform>Частта „{title}“ все още съдържа %n раздел. Първо го преместете в друга част или го изтрийте.</numerusform>
            <numerusform>Частта „{title}“ все още съдържа %n раздела. Първо ги преместете в друга част или ги изтрийте.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the empty part “{title}”?</source>
        <translation>Изтриване на празната част „{title}“?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only its entry in handbook.toml is removed. Structure ▸ Undo brings it back.</source>
        <translation>Премахва се само записът ѝ в handbook.toml. „Структура ▸ Отмяна“ я връща.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete part “{slug}”</source>
        <translation>на изтриването на част „{slug}“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its files ({files}) are moved to the folder .trash inside the handbook, not destroyed; Undo (Ctrl+Z) puts them back.</source>
        <translation>Файловете му ({files}) не се унищожават, а се преместват в папката .trash в наръчника; „Отмяна“ (Ctrl+Z) ги връща.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n link(s) to it in other sections will be broken, e.g. {where}.</source>
        <translation>
            <numerusform>%n връзка към него в други раздели ще престане да работи, напр. {where}.</numerusform>
            <numerusform>%n връзки към него в други раздели ще престанат да работят, напр. {where}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the section “{title}”?</source>
        <translation>Изтриване на раздела „{title}“?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete section “{title}”</source>
        <translation>на изтриването на раздел „{title}“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move part “{slug}”</source>
        <translation>на преместването на част „{slug}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move section “{slug}”</source>
        <translation>на преместването на раздел „{slug}“</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Links to this section in every language are updated.</source>
        <translation>Връзките към този раздел на всички езици ще бъдат обновени.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot change the structure</source>
        <translation>Структурата не може да бъде променена</translation>
    </message>
</context>
<context>
    <name>StructureController</name>
    <message>
        <location line="-370"/>
        <source>The handbook is open read-only: take it over (the bar above) to change its structure.</source>
        <extracomment>What the slug fields accept while typing (core&apos;s SLUG_RE has the last word). The handbook after a change, undo or redo (reloaded from disk). A change, undo or redo was refused; the argument is core&apos;s message (what, where, what to do). A change, undo or redo is about to be applied (the window saves the open section first). The operation just applied (a change, or the inverse an undo ran), after ``handbook_changed``. Another app holds the handbook&apos;s lock (see project_guard): changes are refused. Asked before every change, undo and redo; False stops it (the window saves the open text first, and a failed save must not be followed by a change that rewrites or moves that file).</extracomment>
        <translation>Наръчникът е отворен само за четене: за да промените структурата му, поемете го (лентата по-горе).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{message}

The undo history was cleared because the files no longer match it.</source>
        <translation>{message}

Историята на отмяната е изчистена, тъй като файловете вече не ѝ съответстват.</translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <location filename="../authoring_app/gui/preview/text_preview.py" line="+23"/>
        <source>Preview of the page (simplified)</source>
        <translation>Преглед на страницата (опростен)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simplified preview: the page engine (QtWebEngine) could not start, so quizzes, tabs and the site&apos;s styles are not shown. Reason: {reason}</source>
        <translation>Опростен преглед: механизмът за страници (QtWebEngine) не можа да стартира, затова тестовете, табовете и стиловете на сайта не се показват. Причина: {reason}</translation>
    </message>
</context>
<context>
    <name>TranslationDashboard</name>
    <message>
        <location filename="../authoring_app/gui/translation/dashboard.py" line="+86"/>
        <source>Dashboard state</source>
        <extracomment>The user asked to open section ``slug`` in language ``lang`` (click, Return or Space on a cell). The counts on screen are complete and current (after :meth:`set_handbook` or :meth:`refresh`).</extracomment>
        <translation>Състояние на таблото</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary by language</source>
        <translation>Обобщение по езици</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Translation status by section and language</source>
        <translation>Състояние на превода по раздели и езици</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a cell, or press Return, to open that section in that language</source>
        <translation>Щракнете върху клетка или натиснете Return, за да отворите този раздел на този език</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Counting segments…</source>
        <translation>Преброяване на сегментите…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The status could not be counted: {error}</source>
        <translation>Състоянието не можа да бъде изчислено: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No handbook is open.</source>
        <translation>Няма отворен наръчник.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This handbook has no translations yet: add a language in handbook.toml.</source>
        <translation>Този наръчник все още няма преводи: добавете език в handbook.toml.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n sections, source language {source}</source>
        <translation>
            <numerusform>%n раздел, изходен език: {source}</numerusform>
            <numerusform>%n раздела, изходен език: {source}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>От език</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(no file yet)</source>
        <translation>(все още няма файл)</translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_style.py" line="+30"/>
        <source>translated</source>
        <extracomment>Solid colours (chart bars, legend swatches); cells use them with :data:`CELL_ALPHA`. Opacity of a cell&apos;s tint: translated cells stay quiet so the ones that need work stand out.</extracomment>
        <translation>преведено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outdated</source>
        <translation>остаряло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>липсва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra</source>
        <translation>излишно</translation>
    </message>
</context>
<context>
    <name>ValidationStatus</name>
    <message>
        <location filename="../authoring_app/core/export/validation.py" line="-4"/>
        <source>passed</source>
        <extracomment>A check&apos;s status; the GUI shows it translated (context ``ValidationStatus``).</extracomment>
        <translation>успешна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>неуспешна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation>не е изпълнена</translation>
    </message>
</context>
<context>
    <name>WebPreview</name>
    <message>
        <location filename="../authoring_app/gui/preview/web_preview.py" line="+147"/>
        <source>Preview of the page</source>
        <extracomment>Schemes a preview page may load: its own files, Qt&apos;s web channel script, inline data. The preview&apos;s scripts, in the page&apos;s head before the site&apos;s own. The page was asked to load itself again (Reload in its menu): its content would go back to the first version. True between :meth:`load_own` and the load it started: the only navigation of the page that is allowed.</extracomment>
        <translation>Преглед на страницата</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The preview page could not be loaded; it is built again with your next change.</source>
        <translation>Страницата за преглед не можа да бъде заредена; тя ще бъде изградена отново при следващата ви промяна.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The preview stopped: Chromium&apos;s page process ended %n times in a minute (code {code}).</source>
        <translation>
            <numerusform>Прегледът спря: процесът на страницата в Chromium приключи %n път за една минута (код {code}).</numerusform>
            <numerusform>Прегледът спря: процесът на страницата в Chromium приключи %n пъти за една минута (код {code}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview stopped (Chromium&apos;s page process ended, code {code}); it was started again.</source>
        <translation>Прегледът спря (процесът на страницата в Chromium приключи, код {code}); стартиран е отново.</translation>
    </message>
</context>
<context>
    <name>WorkModes</name>
    <message>
        <location filename="../authoring_app/gui/work_modes.py" line="+47"/>
        <source>&amp;Write</source>
        <translation>П&amp;исане</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One language in the editor beside the live page</source>
        <translation>Един език в редактора до страницата, обновявана в реално време</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages &amp;Side by Side</source>
        <translation>&amp;Езици паралелно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two to four languages of the section as columns, scrolling together</source>
        <translation>От два до четири езика на раздела в колони със синхронно превъртане</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;gments</source>
        <translation>&amp;Сегменти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every segment of the section with its status in every language</source>
        <translation>Всички сегменти на раздела със състоянието им на всеки език</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation &amp;Dashboard</source>
        <translation>Табло на пре&amp;водите</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far every language is, section by section</source>
        <translation>Докъде е стигнал всеки език, раздел по раздел</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Problems</source>
        <translation>Пр&amp;облеми</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What handbook check finds, translation QA included</source>
        <translation>Резултатите от проверката на наръчника, включително контрола на качеството на превода</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cannot open section</source>
        <translation>Разделът не може да бъде отворен</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
</context>
<context>
    <name>_MediaBlockDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="-163"/>
        <source>&amp;Insert</source>
        <translation>&amp;Вмъкване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Избор на файл…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing Was Inserted</source>
        <translation>Нищо не е вмъкнато</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files Created</source>
        <translation>Създадени файлове</translation>
    </message>
</context>
<context>
    <name>_NameDialog</name>
    <message>
        <location filename="../authoring_app/gui/structure_actions.py" line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заглавие:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 10-peer-review</source>
        <translation>напр. 10-peer-review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower-case Latin letters, digits and hyphens; the file is named after it</source>
        <translation>Малки латински букви, цифри и тирета; файлът се именува по него</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File name:</source>
        <translation>&amp;Име на файла:</translation>
    </message>
</context>
</TS>
