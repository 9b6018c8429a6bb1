<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../authoring_app/gui/backup_dialog.py" line="+67"/>
        <source>Restore from Backup</source>
        <translation>Резервтік көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each time you close this handbook, Handbook Studio backs up the text files that changed. Choose a backup, compare a file with how it is now, check the files to put back and restore them. The versions they replace are backed up first, so a restore can be undone the same way.</source>
        <translation>Бұл оқу құралын жапқан сайын Handbook Studio өзгерген мәтін файлдарының резервтік көшірмесін жасайды. Резервтік көшірмені таңдаңыз, файлды оның қазіргі күйімен салыстырыңыз, қайтарылатын файлдарды белгілеп, оларды қалпына келтіріңіз. Олар ауыстыратын нұсқалардың алдымен резервтік көшірмесі жасалады, сондықтан қалпына келтіруді дәл осылай болдырмауға болады.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups, newest first</source>
        <translation>Резервтік көшірмелер, ең жаңасы бірінші</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files in the backup</source>
        <translation>Резервтік көшірмедегі файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compared with now</source>
        <translation>Қазіргімен салыстырғанда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file now and in the backup</source>
        <translation>Файлдың қазіргі және резервтік көшірмедегі күйі</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Older backups are deleted when a new one is made</source>
        <translation>Жаңа көшірме жасалғанда ескі резервтік көшірмелер жойылады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups to keep:</source>
        <translation>Сақталатын көшірмелер &amp;саны:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Restore Checked Files</source>
        <translation>Белгіленген файлдарды &amp;қалпына келтіру</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No backups yet: the first one is made when you close this handbook or quit the app.</source>
        <translation>Әзірге резервтік көшірме жоқ: біріншісі осы оқу құралын жапқанда немесе бағдарламадан шыққанда жасалады.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was restored. {problem}</source>
        <translation>Ештеңе қалпына келтірілмеді. {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not restored: {problem}</source>
        <translation>Қалпына келтірілмеді: {problem}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This backup cannot be used. {problem}</source>
        <translation>Бұл резервтік көшірмені пайдалану мүмкін емес. {problem}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Restored: {files}.</source>
        <translation>Қалпына келтірілді: {files}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already as in the backup: {files}.</source>
        <translation>Резервтік көшірмедегідей болып тұр: {files}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The versions replaced are in the backup of {time}: restore from it to undo this.</source>
        <translation>Ауыстырылған нұсқалар {time} резервтік көшірмесінде: мұны болдырмау үшін сол көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} · damaged</source>
        <translation>{name} · бүлінген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on close</source>
        <translation>жабу кезінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>қолмен жасалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>қалпына келтіру алдында</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файл</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>differs from now</source>
        <translation>қазіргіден өзгеше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on disk now</source>
        <translation>қазір дискіде жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>same as now</source>
        <translation>қазіргідей</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the line ends (Windows or Unix) or the byte order mark differ; the text is the same.</source>
        <translation>Тек жол соңдары (Windows немесе Unix) не байт ретінің белгісі (BOM) өзгеше; мәтін бірдей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: {file}</source>
        <translation>Қазір: {file}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on disk now</source>
        <translation>Қазір дискіде жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup of {time}</source>
        <translation>{time} резервтік көшірмесі</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <location filename="../authoring_app/gui/backup_words.py" line="+19"/>
        <source>{file} is {megabytes} MB, too large for a backup.</source>
        <translation>{file} көлемі {megabytes} МБ — резервтік көшірме үшін тым үлкен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read ({error}).</source>
        <translation>{file} оқу мүмкін емес ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a regular file (a pipe, a device or a folder).</source>
        <translation>{file} — кәдімгі файл емес (арна, құрылғы немесе қалта).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} leads outside the handbook (a link?).</source>
        <translation>{file} оқу құралынан тыс жерге апарады (сілтеме ме?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} did not fit: the handbook&apos;s text is too large for one backup.</source>
        <translation>{file} сыймады: оқу құралының мәтіні бір резервтік көшірме үшін тым үлкен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} did not fit: one backup holds at most {limit} files.</source>
        <translation>{file} сыймады: бір резервтік көшірмеге ең көбі {limit} файл сыяды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read ({error}), so it was left as it is.</source>
        <translation>{file} оқу мүмкін емес ({error}), сондықтан ол өзгеріссіз қалдырылды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be written ({error}).</source>
        <translation>{file} жазу мүмкін болмады ({error}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It holds too many files.</source>
        <translation>Онда файлдар тым көп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no manifest.json: it is not a Handbook Studio backup.</source>
        <translation>Онда manifest.json жоқ: бұл Handbook Studio резервтік көшірмесі емес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be read ({error}).</source>
        <translation>Оны оқу мүмкін емес ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its list of files is damaged ({detail}).</source>
        <translation>Оның файлдар тізімі зақымдалған ({detail}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup {backup} cannot be used.</source>
        <translation>{backup} резервтік көшірмесін пайдалану мүмкін емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of backups to keep must be 1 or more, not {keep}.</source>
        <translation>Сақталатын резервтік көшірмелер саны 1 не одан көп болуы керек, {keep} емес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no backup {name} of this handbook.</source>
        <translation>Бұл оқу құралының {name} резервтік көшірмесі жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name {file} points outside the handbook, so it is refused.</source>
        <translation>{file} атауы оқу құралынан тыс жерді көрсетеді, сондықтан ол қабылданбады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} has no file {file}.</source>
        <translation>{backup} резервтік көшірмесінде {file} файлы жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup {backup} is damaged: {file} is not what was saved.</source>
        <translation>{backup} резервтік көшірмесі зақымдалған: {file} сақталған нұсқа емес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} holds more than can be restored at once: restore fewer files at a time.</source>
        <translation>{backup} резервтік көшірмесінде бір рет қалпына келтіруге болатыннан көп нәрсе бар: бір ретте азырақ файлды қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} cannot be read ({error}).</source>
        <translation>{backup} резервтік көшірмесін оқу мүмкін емес ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read now ({error}).</source>
        <translation>{file} қазір оқу мүмкін емес ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files it would replace could not be backed up first: {files}.</source>
        <translation>Ауыстырылатын файлдардың алдымен резервтік көшірмесін жасау мүмкін болмады: {files}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be written to {folder} ({error}).</source>
        <translation>Резервтік көшірмені {folder} ішіне жазу мүмкін болмады ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in the backup is {megabytes} MB, more than a backup holds.</source>
        <translation>Резервтік көшірмедегі {member} көлемі {megabytes} МБ — резервтік көшірмеге сыятыннан көп.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in the backup unpacks to more than its size says: the backup is damaged.</source>
        <translation>Резервтік көшірмедегі {member} көрсетілген өлшемінен көп болып ашылады: резервтік көшірме зақымдалған.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../authoring_app/gui/conflict_dialog.py" line="+78"/>
        <source>The file changed on disk</source>
        <extracomment>Keys typed this soon after the dialog opened (meant for the editor) are ignored. How the file is named to the author (&quot;ru/02-flipped-classroom.md&quot;). The text as it was opened (or last saved): the common base of a merge. The author&apos;s text in the editor. The file as it is on disk now. Where the version on disk is copied before the author&apos;s text replaces it (Keep My Text); None: nowhere. The other version was written by this app itself (another view of the same file, a restore from a backup). KEEP_MINE, TAKE_THEIRS, MERGED, or None (decide later).</extracomment>
        <translation>Файл дискіде өзгерді</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was saved from another view of this window (languages side by side, segments, or a restore from a backup) while you had unsaved changes in it here. Compare the two versions and choose which to keep, or merge them.</source>
        <translation>Сізде мұнда сақталмаған өзгерістер тұрғанда, &lt;b&gt;{file}&lt;/b&gt; файлы осы терезенің басқа көрінісінен (тілдер қатарлас, сегменттер немесе резервтік көшірмеден қалпына келтіру) сақталды. Екі нұсқаны салыстырып, қайсысын қалдыруды таңдаңыз немесе оларды біріктіріңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was changed by another program (another editor, git, a synced folder) while you had unsaved changes in it. Compare the two versions and choose which to keep, or merge them.</source>
        <translation>Сізде сақталмаған өзгерістер тұрғанда, &lt;b&gt;{file}&lt;/b&gt; файлын басқа бағдарлама (басқа редактор, git, синхрондалатын қалта) өзгертті. Екі нұсқаны салыстырып, қайсысын қалдыруды таңдаңыз немесе оларды біріктіріңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you keep your text, the version on disk is copied first to {folder}, so nothing is lost.</source>
        <translation>Мәтініңізді қалдырсаңыз, дискідегі нұсқа алдымен {folder} ішіне көшіріледі, сондықтан ештеңе жоғалмайды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The version on disk compared with yours</source>
        <translation>Дискідегі нұсқа сіздікімен салыстырғанда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On disk now (theirs)</source>
        <translation>Қазір дискіде (басқа нұсқа)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the editor (yours)</source>
        <translation>Редакторда (сіздікі)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep My Text</source>
        <translation>&amp;Менің мәтінімді қалдыру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep your text; saving it replaces the version on disk (a copy of that version is kept)</source>
        <translation>Мәтініңізді қалдыру; оны сақтағанда дискідегі нұсқа ауыстырылады (сол нұсқаның көшірмесі сақталады)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use the Version on Disk</source>
        <translation>&amp;Дискідегі нұсқаны алу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the version on disk into the editor (Ctrl+Z brings yours back)</source>
        <translation>Дискідегі нұсқаны редакторға жүктеу (Ctrl+Z сіздікін қайтарады)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Біріктіру…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combine both sets of changes, then check the result</source>
        <translation>Екі жақтағы өзгерістерді біріктіріп, нәтижесін тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Кейін &amp;шешу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change nothing now; saving will ask before it replaces the other version</source>
        <translation>Қазір ештеңе өзгертпеу; сақтау басқа нұсқаны ауыстырмас бұрын сұрайды</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Merged text</source>
        <translation>Біріктірілген мәтін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use Merged Text</source>
        <translation>Біріктірілген мәтінді &amp;қолдану</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this text in the editor, unsaved</source>
        <translation>Бұл мәтінді редакторға сақтамай қою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>your text</source>
        <translation>сіздің мәтініңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on disk</source>
        <translation>дискіде</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Both versions changed the same lines in %n place(s): both are kept between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines, highlighted. Keep what should stay, delete the rest and the marker lines, then use the merged text.</source>
        <translation>
            <numerusform>Екі нұсқа да бір жолдарды %n жерде өзгерткен: екеуі де &lt;&lt;&lt;&lt;&lt;&lt;&lt; және &gt;&gt;&gt;&gt;&gt;&gt;&gt; жолдарының арасында ерекшеленіп сақталды. Қалуы тиісті бөлігін қалдырып, қалғанын және белгі жолдарын жойыңыз, содан кейін біріктірілген мәтінді қолданыңыз.</numerusform>
            <numerusform>Екі нұсқа да бір жолдарды %n жерде өзгерткен: екеуі де &lt;&lt;&lt;&lt;&lt;&lt;&lt; және &gt;&gt;&gt;&gt;&gt;&gt;&gt; жолдарының арасында ерекшеленіп сақталды. Қалуы тиісті бөлігін қалдырып, қалғанын және белгі жолдарын жойыңыз, содан кейін біріктірілген мәтінді қолданыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The changes merged without conflicts. Check the text, then use it (it is not saved yet).</source>
        <translation>Өзгерістер қайшылықсыз біріктірілді. Мәтінді тексеріп, содан кейін қолданыңыз (ол әлі сақталмаған).</translation>
    </message>
</context>
<context>
    <name>ConvertEncodingDialog</name>
    <message>
        <location filename="../authoring_app/gui/encoding_dialog.py" line="+84"/>
        <source>Convert to UTF-8?</source>
        <translation>UTF-8 кодтауына түрлендіресіз бе?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not saved as UTF-8, the encoding the handbook uses: it looks like &lt;b&gt;{encoding}&lt;/b&gt; text.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; оқу құралы қолданатын UTF-8 кодтауында сақталмаған: ол &lt;b&gt;{encoding}&lt;/b&gt; мәтініне ұқсайды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not saved as UTF-8, the encoding the handbook uses, and its encoding cannot be told for sure. Choose the one in which the text below reads correctly.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; оқу құралы қолданатын UTF-8 кодтауында сақталмаған және оның кодтауын нақты анықтау мүмкін емес. Төмендегі мәтін дұрыс оқылатын кодтауды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encoding of the file</source>
        <translation>Файлдың кодтауы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first lines of the file in this encoding</source>
        <translation>Осы кодтаудағы файлдың алғашқы жолдары</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converting rewrites the file as UTF-8 (same text, same line ends) and keeps a copy of the original next to the recovery copies, then opens it.</source>
        <translation>Түрлендіру файлды UTF-8 кодтауында қайта жазады (мәтін мен жол соңдары өзгермейді), түпнұсқаның көшірмесін қалпына келтіру көшірмелерінің қасында сақтайды, содан кейін файлды ашады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Convert to UTF-8</source>
        <translation>UTF-8 кодтауына &amp;түрлендіру</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Read as:</source>
        <translation>&amp;Оқу кодтауы:</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../authoring_app/gui/diff_view.py" line="+120"/>
        <source>saved</source>
        <translation>сақталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsaved</source>
        <translation>сақталмаған</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two versions are the same.</source>
        <translation>Екі нұсқа бірдей.</translation>
    </message>
</context>
<context>
    <name>DiffWords</name>
    <message numerus="yes">
        <location line="-75"/>
        <source>… %n unchanged line(s)</source>
        <translation>
            <numerusform>… өзгермеген %n жол</numerusform>
            <numerusform>… өзгермеген %n жол</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Encoding</name>
    <message>
        <location filename="../authoring_app/core/encoding.py" line="+25"/>
        <source>Windows-1251 (Cyrillic)</source>
        <extracomment>The encodings the app offers to convert from, with what they were used for (the GUI&apos;s list, translated there with ``QCoreApplication.translate(NAMES_CONTEXT, name)``; the CLI&apos;s --from).</extracomment>
        <translation>Windows-1251 (кирилл)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KOI8-R (Russian)</source>
        <translation>KOI8-R (орыс)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KOI8-U (Ukrainian)</source>
        <translation>KOI8-U (украин)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOS 866 (Cyrillic)</source>
        <translation>DOS 866 (кирилл)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 8859-5 (Cyrillic)</source>
        <translation>ISO 8859-5 (кирилл)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mac Cyrillic</source>
        <translation>Mac кирилл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16 (Windows “Unicode”)</source>
        <translation>UTF-16 (Windows «Unicode»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (батыс еуропалық)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254 (түрік)</translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <location filename="../authoring_app/gui/encoding_dialog.py" line="-72"/>
        <source>Line {line} cannot be read as {encoding}: the file is in another encoding.</source>
        <extracomment>The encoding shown first when the bytes do not say which one they are in.</extracomment>
        <translation>{line}-жолды {encoding} ретінде оқу мүмкін емес: файл басқа кодтауда.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{encoding}” is not an encoding this app knows.</source>
        <translation>«{encoding}» — бұл қолданба білмейтін кодтау.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is {size} MB, too large for a section: split it into several sections.</source>
        <translation>Файл көлемі {size} МБ, бөлім үшін тым үлкен: оны бірнеше бөлімге бөліңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>Файлды оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be converted: {reason}. It is unchanged; check the folder&apos;s permissions and free space, then try again.</source>
        <translation>Файлды түрлендіру мүмкін болмады: {reason}. Ол өзгертілмеді; қалтаның рұқсаттары мен бос орынды тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Cannot convert</source>
        <translation>Түрлендіру мүмкін емес</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} was converted from {encoding} to UTF-8; the original is kept in {backup}.</source>
        <translation>{file} файлы {encoding} кодтауынан UTF-8 кодтауына түрлендірілді; түпнұсқасы {backup} ішінде сақталды.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../authoring_app/gui/export_runner.py" line="+146"/>
        <source>Exporting</source>
        <extracomment>Threads of running exports. A thread has no parent, so closing the window that started it never destroys it while it runs (Qt aborts then); it leaves this set when it has finished.</extracomment>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Экспорттау барысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the export…</source>
        <translation>Экспортқа дайындалуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopping the export…</source>
        <translation>Экспорт тоқтатылуда…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rendering sections</source>
        <translation>Бөлімдерді құрастыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing pages</source>
        <translation>Беттерді жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the search index</source>
        <translation>Іздеу индексін құру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing files</source>
        <translation>Файлдарды жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCORM 1.2 packages</source>
        <translation>SCORM 1.2 бумалары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCORM 2004 packages</source>
        <translation>SCORM 2004 бумалары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPUB books</source>
        <translation>EPUB кітаптары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single HTML files</source>
        <translation>Біртұтас HTML файлдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files</source>
        <translation>PDF файлдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validating</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {total} ішінен {done}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export Failed</source>
        <translation>Экспорт сәтсіз аяқталды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything exported to that folder before is unchanged.</source>
        <translation>Бұл қалтаға бұрын экспортталғанның бәрі өзгеріссіз қалды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The handbook could not be read, so nothing was exported.</source>
        <translation>Оқу құралы оқылмады, сондықтан ештеңе экспортталмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

Correct the file named above and export again.</source>
        <translation>{problem}

Жоғарыда аталған файлды түзетіп, қайта экспорттаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handbook could not be exported to {folder}.</source>
        <translation>Оқу құралын {folder} қалтасына экспорттау мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export could not write to {folder}.</source>
        <translation>Экспорт {folder} қалтасына жаза алмады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {reason}.

Check that the disk has free space and that you may write to that folder, then export again. {unchanged}</source>
        <translation>{file}: {reason}.

Дискіде бос орын бар екенін және бұл қалтаға жазуға рұқсатыңыз бар екенін тексеріп, қайта экспорттаңыз. {unchanged}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unexpected error stopped the export to {folder}.</source>
        <translation>Күтпеген қате {folder} қалтасына экспорттауды тоқтатты.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{error}

{unchanged} Please report this problem, with the details below, to the people who maintain Handbook Studio.</source>
        <translation>{error}

{unchanged} Бұл мәселе туралы төмендегі мәліметтермен бірге Handbook Studio бағдарламасын сүйемелдейтін адамдарға хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export cancelled: the folder is as it was before.</source>
        <translation>Экспорт тоқтатылды: қалта бұрынғы күйінде қалды.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Validating the result…</source>
        <translation>Нәтиже тексерілуде…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../authoring_app/gui/export_dialog.py" line="+73"/>
        <source>Export Handbook</source>
        <extracomment>False: the export would be refused, so the Export button is off. Shown under the folder field (&quot;&quot; when there is nothing to say). True when ``message`` is a warning rather than a note.</extracomment>
        <translation>Оқу құралын экспорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export handbook</source>
        <translation>Оқу құралын экспорттау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output folder</source>
        <translation>Шығыс қалтасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the output folder</source>
        <translation>Шығыс қалтасын таңдау</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About the output folder</source>
        <translation>Шығыс қалтасы туралы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Formats to make</source>
        <translation>Жасалатын пішімдер</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Validate the result (HTML, accessibility, EPUB and SCORM checks)</source>
        <translation>&amp;Нәтижені тексеру (HTML, қолжетімділік, EPUB және SCORM тексерулері)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs the validators installed on this computer and writes report.html; takes a little longer.</source>
        <translation>Осы компьютерде орнатылған валидаторларды іске қосып, report.html жазады; сәл ұзағырақ уақыт алады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages to export</source>
        <translation>Экспортталатын тілдер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{language} ({code}, source)</source>
        <translation>{language} ({code}, бастапқы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Base URL (optional)</source>
        <translation>Негізгі URL (міндетті емес)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://courses.example.edu/handbook/ (optional)</source>
        <translation>https://courses.example.edu/handbook/ (міндетті емес)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output &amp;folder:</source>
        <translation>Шығыс &amp;қалтасы:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ormats:</source>
        <translation>&amp;Пішімдер:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Тілдер:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base &amp;URL:</source>
        <translation>Негізгі &amp;URL:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose the folder the export goes into.</source>
        <translation>Экспорт жазылатын қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the full path of the folder, or choose it with Browse…</source>
        <translation>Қалтаның толық жолын енгізіңіз немесе оны таңдаңыз: Шолу…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This folder holds the handbook itself: choose another folder.</source>
        <translation>Бұл қалтада оқу құралының өзі тұр: басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is inside the handbook: choose a folder outside {root}.</source>
        <translation>Бұл қалта оқу құралының ішінде: {root} қалтасынан тыс қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a file, not a folder: choose a folder.</source>
        <translation>Бұл қалта емес, файл: қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An earlier export in this folder will be replaced.</source>
        <translation>Бұл қалтадағы бұрынғы экспорт ауыстырылады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is not empty and was not made by an export. The export replaces its whole folder, so it will not write here: choose an empty or new folder.</source>
        <translation>Бұл қалта бос емес және оны экспорт жасамаған. Экспорт өз қалтасын толығымен ауыстырады, сондықтан бұл жерге жазбайды: бос немесе жаңа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder is empty: the export will be written into it.</source>
        <translation>Қалта бос: экспорт осы қалтаға жазылады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder cannot be read ({reason}).</source>
        <translation>Бұл қалтаны оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder will be created.</source>
        <translation>Қалта жасалады.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the Output Folder</source>
        <translation>Шығыс қалтасын таңдау</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose at least one format.</source>
        <translation>Кемінде бір пішімді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One file per language and format goes into the folder, the website into its site folder.</source>
        <translation>Қалтаға әр тіл мен пішім үшін бір файлдан жазылады, ал веб-сайт site қалтасына жазылады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per language and format goes into the folder.</source>
        <translation>Қалтаға әр тіл мен пішім үшін бір файлдан жазылады.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose at least one language.</source>
        <translation>Кемінде бір тілді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only for sitemap.xml: search engines need full addresses. Leave empty if unsure.</source>
        <translation>Тек sitemap.xml үшін: іздеу жүйелеріне толық мекенжайлар қажет. Сенімді болмасаңыз, бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A base URL starts with https:// (or http://).</source>
        <translation>Негізгі URL https:// (немесе http://) деп басталады.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../authoring_app/gui/export_formats.py" line="+192"/>
        <source>all</source>
        <extracomment>Format keys, in the order of :data:`EXPORT_FORMATS` (never empty). The chosen languages, in the handbook&apos;s order (never empty). Worker processes for rendering (None: the core&apos;s choice). Tests pass 1 to stay in one process. Run the installed validators on the result and write report.html. The file &quot;Open&quot; shows (the site&apos;s language chooser, a package, a book …); None when there is nothing to open. Pages a reader can open (HTML pages of a website). All files written or kept. Sections rendered this time (the others came from the cache). Files kept unchanged from the previous export. Every output, for validation. With &quot;Validate the result&quot;: report.html, one line per check, and whether a check failed. Source texts, translated when shown (marked with QT_TRANSLATE_NOOP in the &quot;ExportFormats&quot; context). Runs this format&apos;s part of a job; ``progress`` may raise to stop it (cancellation). ``module:function`` of the builder; the format is offered only when it imports. Must run on the GUI thread (QtWebEngine): the controller runs it there, after the export thread.</extracomment>
        <translation>барлық тіл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(first: {message})</source>
        <translation>(біріншісі: {message})</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Website (online and offline)</source>
        <translation>Веб-сайт (онлайн және офлайн)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static pages for a web server that also work straight from a folder or a USB stick: open index.html.</source>
        <translation>Веб-серверге арналған статикалық беттер, олар тікелей қалтадан немесе USB жинақтауыштан да ашылады: index.html файлын ашыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Open in browser</source>
        <translation>Браузерде ашу</translation>
    </message>
    <message>
        <location line="-20"/>
        <location filename="../authoring_app/core/export/formats.py" line="+47"/>
        <source>SCORM 1.2 package</source>
        <extracomment>Every format the app knows, in the dialog&apos;s order.
----------
What it is, for messages and the export dialog (the GUI translates it in the context ``ExportFormats``). The file each language gets: ``{lang}`` is replaced. ``module:function`` of the builder.</extracomment>
        <translation>SCORM 1.2 бумасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .zip per language for Moodle and most other LMSs.</source>
        <translation>Moodle және басқа көптеген LMS үшін әр тілге бір .zip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SCORM 2004 package</source>
        <translation>SCORM 2004 бумасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .zip per language for LMSs that run SCORM 2004 (4th edition).</source>
        <translation>SCORM 2004 (4-басылым) қолдайтын LMS үшін әр тілге бір .zip.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EPUB book</source>
        <translation>EPUB кітабы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An EPUB 3 e-book per language, for e-readers and reading apps.</source>
        <translation>Әр тілге бір EPUB 3 электрондық кітабы: электрондық кітап құрылғылары мен оқу қолданбаларына арналған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open book</source>
        <translation>Кітапты ашу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single HTML file</source>
        <translation>Біртұтас HTML файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole handbook in one self-contained .html file per language.</source>
        <translation>Әр тіл үшін бүкіл оқу құралы бір дербес .html файлында.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../authoring_app/core/export/formats.py" line="+24"/>
        <source>PDF for print</source>
        <translation>Басып шығаруға арналған PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An A4 PDF per language, for printing.</source>
        <translation>Басып шығару үшін әр тілге бір A4 PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open PDF</source>
        <translation>PDF ашу</translation>
    </message>
    <message>
        <location filename="../authoring_app/core/export/formats.py" line="-18"/>
        <source>SCORM 2004 (4th edition) package</source>
        <translation>SCORM 2004 (4-басылым) бумасы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>EPUB 3 book</source>
        <translation>EPUB 3 кітабы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>single HTML file</source>
        <translation>біртұтас HTML файл</translation>
    </message>
    <message>
        <location filename="../authoring_app/core/export/validation.py" line="+33"/>
        <source>website</source>
        <extracomment>The format name of the website&apos;s checks (the GUI translates it in the context ``ExportFormats``).</extracomment>
        <translation>веб-сайт</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <location filename="../authoring_app/gui/export_runner.py" line="+34"/>
        <source>Export Finished</source>
        <translation>Экспорт аяқталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export finished</source>
        <translation>Экспорт аяқталды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export is ready.</source>
        <translation>Экспорт дайын.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The export is ready, with %n problems.</source>
        <translation>
            <numerusform>Экспорт дайын, %n мәселе бар.</numerusform>
            <numerusform>Экспорт дайын, %n мәселе бар.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файл</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pages} ({files} in all) in {seconds} s, written to {folder}</source>
        <translation>{pages} (барлығы {files}), {seconds} с ішінде {folder} қалтасына жазылды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export summary</source>
        <translation>Экспорт қорытындысы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No section had to be rendered again: all came from the cache.</source>
        <translation>Ешбір бөлімді қайта құрастыру қажет болмады: бәрі кэштен алынды.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sections rendered now</source>
        <translation>
            <numerusform>%n бөлім қазір құрастырылды</numerusform>
            <numerusform>%n бөлім қазір құрастырылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n files unchanged since the last export.</source>
        <translation>
            <numerusform>%n файл соңғы экспорттан бері өзгермеген.</numerusform>
            <numerusform>%n файл соңғы экспорттан бері өзгермеген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sections rendered now.</source>
        <translation>
            <numerusform>%n бөлім қазір құрастырылды.</numerusform>
            <numerusform>%n бөлім қазір құрастырылды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems found</source>
        <translation>Табылған мәселелер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pages concerned are still published. Correct the files named below and export again:</source>
        <translation>Тиісті беттер бәрібір жарияланды. Төменде аталған файлдарды түзетіп, қайта экспорттаңыз:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problems found.</source>
        <translation>Ешқандай мәселе табылмады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open report</source>
        <translation>Есепті ашу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show folder</source>
        <translation>Қалтаны көрсету</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Validation results</source>
        <translation>Тексеру нәтижелері</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation found problems (✗). Open the report for the details:</source>
        <translation>Тексеру мәселелер тапты (✗). Толығырақ білу үшін есепті ашыңыз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation found no problem. — marks a check whose validator is not installed:</source>
        <translation>Тексеру ешқандай мәселе таппады. — белгісі валидаторы орнатылмаған тексеруді білдіреді:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot Open</source>
        <translation>Ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program to open {path} was found. Open it from your file manager.</source>
        <translation>{path} ашатын бағдарлама табылмады. Оны файл менеджерінен ашыңыз.</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <location filename="../authoring_app/gui/external_changes.py" line="+161"/>
        <source>{file} changed on disk but cannot be read ({error}); your text stays in the editor.</source>
        <translation>{file} дискіде өзгерді, бірақ оны оқу мүмкін емес ({error}); мәтініңіз редакторда қалады.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} was changed by another program and reloaded (Ctrl+Z brings back the text before).</source>
        <translation>{file} файлын басқа бағдарлама өзгертті, ол қайта жүктелді (Ctrl+Z бұрынғы мәтінді қайтарады).</translation>
    </message>
    <message numerus="yes">
        <location line="-56"/>
        <source>%n file(s) deleted or renamed</source>
        <extracomment>How long the segment grid&apos;s refresh waits for the translator to finish editing a cell. A burst of outside changes was handled: the ``frozenset`` of files it touched.</extracomment>
        <translation>
            <numerusform>%n файл жойылды немесе атауы өзгертілді</numerusform>
            <numerusform>%n файл жойылды немесе атауы өзгертілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted or renamed by another program (%n file(s)): {files}. Your text is still open in the app, unsaved, and in the recovery copy: save it to write the file again, or copy the text elsewhere.</source>
        <translation>
            <numerusform>Басқа бағдарлама жойған немесе атын өзгерткен файлдар (%n): {files}. Мәтініңіз әлі де қолданбада ашық, сақталмаған және қалпына келтіру көшірмесінде тұр: файлды қайта жазу үшін оны сақтаңыз немесе мәтінді басқа жерге көшіріңіз.</numerusform>
            <numerusform>Басқа бағдарлама жойған немесе атын өзгерткен файлдар (%n): {files}. Мәтініңіз әлі де қолданбада ашық, сақталмаған және қалпына келтіру көшірмесінде тұр: файлды қайта жазу үшін оны сақтаңыз немесе мәтінді басқа жерге көшіріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{file}: the version on disk could not be copied ({error}), so nothing was changed; saving will ask before it replaces that version.</source>
        <translation>{file}: дискідегі нұсқаны көшіру мүмкін болмады ({error}), сондықтан ештеңе өзгертілмеді; сақтағанда қолданба ол нұсқаны ауыстырмас бұрын сұрайды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: your text is kept; saving replaces the version on disk, copied to {copy}.</source>
        <translation>{file}: мәтініңіз қалдырылды; сақтағанда дискідегі нұсқа ауыстырылады, ол {copy} ішіне көшірілді.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: the version on disk was loaded.</source>
        <translation>{file}: дискідегі нұсқа жүктелді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: the merged text is in the editor, not saved yet.</source>
        <translation>{file}: біріктірілген мәтін редакторда, әлі сақталмаған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} changed on disk; saving will ask before it replaces that change.</source>
        <translation>{file} дискіде өзгерді; сақтау бұл өзгерісті ауыстырмас бұрын сұрайды.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>handbook.toml was changed by another program and cannot be read ({error}); the contents shown are as before. Correct the file to see the new contents.</source>
        <translation>handbook.toml файлын басқа бағдарлама өзгертті және оны оқу мүмкін емес ({error}); мазмұны бұрынғыша көрсетілген. Жаңа мазмұнды көру үшін файлды түзетіңіз.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>handbook.toml was changed by another program: the contents were reloaded.</source>
        <translation>handbook.toml файлын басқа бағдарлама өзгертті: мазмұны қайта жүктелді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The section {slug} is no longer in handbook.toml; its text stays open.</source>
        <translation>{slug} бөлімі енді handbook.toml ішінде жоқ; оның мәтіні ашық қалады.</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <location filename="../authoring_app/gui/media_form.py" line="+123"/>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../authoring_app/gui/editor/find_replace.py" line="+68"/>
        <source>Find and replace</source>
        <extracomment>How many matches are painted in the text at most (counting goes on beyond it).</extracomment>
        <translation>Табу және алмастыру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to find</source>
        <translation>Ізделетін мәтін</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with</source>
        <translation>Немен алмастыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement text</source>
        <translation>Алмастыратын мәтін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With regular expressions, \1 or \g&lt;name&gt; inserts a matched group</source>
        <translation>Тұрақты өрнектерде \1 немесе \g&lt;name&gt; сәйкес келген топты кірістіреді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match &amp;case</source>
        <translation>&amp;Регистрді ескеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Регистрді ескеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Тұтас сөздер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words only</source>
        <translation>Тек тұтас сөздер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gular expression</source>
        <translation>Тұрақты &amp;өрнек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Тұрақты өрнек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python regular expressions; refer to groups as \1 in the replacement</source>
        <translation>Python тұрақты өрнектері; алмастыру мәтінінде топтарға \1 түрінде сілтеңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Алдыңғы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Алдыңғы сәйкестікті табу (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the next match (F3)</source>
        <translation>Келесі сәйкестікті табу (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Алмастыру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace this match and find the next</source>
        <translation>Осы сәйкестікті алмастырып, келесісін табу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;all</source>
        <translation>&amp;Барлығын алмастыру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace every match</source>
        <translation>Барлық сәйкестікті алмастыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Escape)</source>
        <translation>Іздеу панелін жабу (Escape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find bar</source>
        <translation>Іздеу панелін жабу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search result</source>
        <translation>Іздеу нәтижесі</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Find…</source>
        <translation>&amp;Табу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Алмастыру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;next</source>
        <translation>Ке&amp;лесісін табу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find pre&amp;vious</source>
        <translation>Ал&amp;дыңғысын табу</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>%n сәйкестік алмастырылды</numerusform>
            <numerusform>%n сәйкестік алмастырылды</numerusform>
        </translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Invalid replacement: {error}</source>
        <translation>Алмастыру мәтіні жарамсыз: {error}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{current} of {total}</source>
        <translation>{total} ішінен {current}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}, from the top</source>
        <translation>{total} ішінен {current}, басынан бастап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}, from the end</source>
        <translation>{total} ішінен {current}, соңынан бастап</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid regular expression: {error}</source>
        <translation>Тұрақты өрнек жарамсыз: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No matches</source>
        <translation>Сәйкестік жоқ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n сәйкестік</numerusform>
            <numerusform>%n сәйкестік</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <location filename="../authoring_app/gui/editor/formatting.py" line="+346"/>
        <source>&amp;Bold</source>
        <translation>&amp;Жуан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text bold</source>
        <translation>Таңдалған мәтінді жуан ету</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text italic</source>
        <translation>Таңдалған мәтінді курсив ету</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inline &amp;code</source>
        <translation>Мәтін &amp;ішіндегі код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected text as code</source>
        <translation>Таңдалған мәтінді код ретінде белгілеу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Link…</source>
        <translation>&amp;Сілтеме…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text a link</source>
        <translation>Таңдалған мәтінді сілтеме ету</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heading &amp;{level}</source>
        <translation>Тақырып &amp;{level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line a heading of level {level}</source>
        <translation>Ағымдағы жолды {level}-деңгейлі тақырып ету</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Абзац</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line plain text</source>
        <translation>Ағымдағы жолды қарапайым мәтін ету</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;ulleted list</source>
        <translation>&amp;Маркерлі тізім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a bulleted list</source>
        <translation>Таңдалған жолдарды маркерлі тізім ету</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Numbered list</source>
        <translation>&amp;Нөмірлі тізім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a numbered list</source>
        <translation>Таңдалған жолдарды нөмірлі тізім ету</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Block &amp;quote</source>
        <translation>&amp;Дәйексөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote the selected lines</source>
        <translation>Таңдалған жолдарды дәйексөз ету</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code bl&amp;ock</source>
        <translation>Код &amp;блогы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected lines in a code block</source>
        <translation>Таңдалған жолдарды код блогына салу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Table</source>
        <translation>Кес&amp;те</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a table with three columns and two rows</source>
        <translation>Үш бағаны және екі жолы бар кесте кірістіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <location filename="../authoring_app/gui/editor/front_matter_form.py" line="+97"/>
        <source>Section details</source>
        <extracomment>The header changed (in the text or through the form); the argument is its data (empty when absent).</extracomment>
        <translation>Бөлім мәліметтері</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Front matter problems</source>
        <translation>Метадеректер блогындағы мәселелер</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section&apos;s title, as shown in the contents</source>
        <translation>Бөлімнің мазмұнда көрсетілетін тақырыбы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two sentences for the contents page and search</source>
        <translation>Мазмұн беті мен іздеу үшін бір-екі сөйлем</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keywords</source>
        <translation>Кілт сөздер</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Separated by commas</source>
        <translation>Үтірмен бөлінген</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Authors</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Тақырыбы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Қысқаша мазмұны:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keywords:</source>
        <translation>&amp;Кілт сөздер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au&amp;thors:</source>
        <translation>&amp;Авторлар:</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Line {line}: {problem}</source>
        <translation>{line}-жол: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the front matter in the text; the form is read-only until then.</source>
        <translation>Мәтіндегі метадеректер блогын түзетіңіз; оған дейін форма тек оқуға арналған.</translation>
    </message>
</context>
<context>
    <name>InsertAudioDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="+232"/>
        <source>Insert Audio</source>
        <translation>Аудио кірістіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert audio</source>
        <translation>Аудио кірістіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an audio file</source>
        <translation>Аудио файлды таңдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recording chosen yet</source>
        <translation>Жазба әлі таңдалмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption of the recording</source>
        <translation>Жазбаның қолтаңбасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown above the player, e.g. who speaks about what</source>
        <translation>Ойнатқыштың үстінде көрсетіледі, мысалы, кім не туралы сөйлейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;transcript files, one per language</source>
        <translation>&amp;Транскрипт файлдарын жасау, әр тілге біреуден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create transcript files for each language</source>
        <translation>Әр тіл үшін транскрипт файлдарын жасау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audio &amp;file:</source>
        <translation>Аудио &amp;файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>&amp;Қолтаңба:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording is copied as it is (Ogg or MP3 play everywhere). Languages: {languages}.</source>
        <translation>Жазба өзгеріссіз көшіріледі (Ogg немесе MP3 барлық жерде ойнатылады). Тілдер: {languages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Recording</source>
        <translation>Жазбаны таңдау</translation>
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
        <translation>Оқу құралының медиа қалтасында әр тілге біреуден мына транскрипт файлдары жасалды. Жазбада айтылғанды оларға жазыңыз (Markdown):

{files}</translation>
    </message>
</context>
<context>
    <name>InsertImageDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_image_dialog.py" line="+70"/>
        <source>Insert Image</source>
        <translation>Сурет кірістіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert image</source>
        <translation>Сурет кірістіру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose file…</source>
        <translation>Файлды &amp;таңдау…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an image file</source>
        <translation>Сурет файлын таңдау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No image chosen yet</source>
        <translation>Сурет әлі таңдалмаған</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop an image here or choose a file</source>
        <translation>Суретті осында сүйреп әкеліңіз немесе файлды таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the image</source>
        <translation>Суретті алдын ала қарау</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image size</source>
        <translation>Сурет өлшемі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt text (required)</source>
        <translation>Балама мәтін (міндетті)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the image shows, for readers who cannot see it. Required.</source>
        <translation>Суретте не бейнеленгені — оны көре алмайтын оқырмандар үшін. Міндетті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the image shows, e.g. “Students working in pairs”</source>
        <translation>Суретте не бейнеленгені, мысалы, «Жұппен жұмыс істейтін студенттер»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alt text is required: readers with a screen reader hear it instead of seeing the image.</source>
        <translation>Балама мәтін міндетті: экраннан оқу бағдарламасын пайдаланатын оқырмандар суретті көрудің орнына осы мәтінді естиді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why alt text is needed</source>
        <translation>Балама мәтін не үшін қажет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caption (optional)</source>
        <translation>Қолтаңба (міндетті емес)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown under the image (optional)</source>
        <translation>Суреттің астында көрсетіледі (міндетті емес)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert</source>
        <translation>&amp;Кірістіру</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image &amp;file:</source>
        <translation>Сурет &amp;файлы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Alt text (required):</source>
        <translation>&amp;Балама мәтін (міндетті):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ption:</source>
        <translation>&amp;Қолтаңба:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an Image</source>
        <translation>Суретті таңдау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({patterns})</source>
        <translation>Суреттер ({patterns})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pasted image</source>
        <translation>Кірістірілген сурет</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This Image Cannot Be Used</source>
        <translation>Бұл суретті пайдалану мүмкін емес</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No preview available</source>
        <translation>Алдын ала қарау қолжетімсіз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SVG drawing: stored as it is, sharp at any size.</source>
        <translation>SVG суреті: өзгеріссіз сақталады, кез келген өлшемде анық көрінеді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{width} × {height} pixels: will be scaled down to {final_width} × {final_height} pixels, large enough for any screen.</source>
        <translation>{width} × {height} пиксель: {final_width} × {final_height} пиксельге дейін кішірейтіледі, бұл кез келген экранға жеткілікті.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{width} × {height} pixels.</source>
        <translation>{width} × {height} пиксель.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera data (such as the location) will be removed.</source>
        <translation>Камера деректері (мысалы, түсірілген орны) жойылады.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The Image Was Not Inserted</source>
        <translation>Сурет кірістірілмеді</translation>
    </message>
</context>
<context>
    <name>InsertVideoDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="-108"/>
        <source>Insert Video</source>
        <translation>Бейне кірістіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert video</source>
        <translation>Бейне кірістіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a video file</source>
        <translation>Бейне файлын таңдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No video chosen yet</source>
        <translation>Бейне әлі таңдалмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption under the player</source>
        <translation>Ойнатқыш астындағы қолтаңба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown under the player, e.g. what the video is about</source>
        <translation>Ойнатқыштың астында көрсетіледі, мысалы, бейне не туралы екені</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;caption files (.vtt), one per language</source>
        <translation>&amp;Субтитр файлдарын (.vtt) жасау, әр тілге біреуден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create caption files for each language</source>
        <translation>Әр тіл үшін субтитр файлдарын жасау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose poster…</source>
        <translation>Постерді таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a poster image</source>
        <translation>Постер суретін таңдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (optional)</source>
        <translation>Жоқ (міндетті емес)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the poster image</source>
        <translation>Постер суретін алып тастау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Video file:</source>
        <translation>&amp;Бейне файлы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Poster:</source>
        <translation>&amp;Постер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>&amp;Қолтаңба:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is copied as it is (WebM or MP4 play everywhere). Languages: {languages}.</source>
        <translation>Бейне өзгеріссіз көшіріледі (WebM немесе MP4 барлық жерде ойнатылады). Тілдер: {languages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Video</source>
        <translation>Бейнені таңдау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Videos ({patterns})</source>
        <translation>Бейнелер ({patterns})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Poster Image</source>
        <translation>Постер суретін таңдау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images ({patterns})</source>
        <translation>Суреттер ({patterns})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>These caption files were created in the handbook&apos;s media folder, one per language. Write the captions into them (WebVTT):

{files}</source>
        <translation>Оқу құралының медиа қалтасында әр тілге біреуден мына субтитр файлдары жасалды. Субтитрлерді оларға жазыңыз (WebVTT):

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
        <translation>Жүйе бойынша</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the interface</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used the next time Handbook Studio starts.</source>
        <translation>Жаңа тіл Handbook Studio келесі рет іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
</context>
<context>
    <name>LanguageColumn</name>
    <message>
        <location filename="../authoring_app/gui/translation/side_by_side_column.py" line="+56"/>
        <source>Language of this column</source>
        <extracomment>The user picked another language in the header&apos;s picker. The editor took the focus: this is the column Ctrl+S saves and whose segment is highlighted.</extracomment>
        <translation>Осы бағанның тілі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>● unsaved</source>
        <translation>● сақталмаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This column has unsaved changes</source>
        <translation>Бұл бағанда сақталмаған өзгерістер бар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation status of this column</source>
        <translation>Осы бағанның аударма күйі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the page of this language below</source>
        <translation>Осы тілдегі бетті төменде көрсету</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this language in the section editor</source>
        <translation>Осы тілді бөлім редакторында ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this column</source>
        <translation>Осы бағанды алып тастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove column</source>
        <translation>Бағанды алып тастау</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{language} text</source>
        <translation>{language} мәтін</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Source language</source>
        <translation>Бастапқы тіл</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n outdated</source>
        <translation>
            <numerusform>%n ескірген</numerusform>
            <numerusform>%n ескірген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n жетіспейтін</numerusform>
            <numerusform>%n жетіспейтін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n extra</source>
        <translation>
            <numerusform>%n артық</numerusform>
            <numerusform>%n артық</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date</source>
        <translation>Өзекті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counts} (against {pivot})</source>
        <translation>{counts} ({pivot} нұсқасымен салыстырғанда)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{file} (new file)</source>
        <translation>{file} (жаңа файл)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the recovery copy: {error}</source>
        <translation>Қалпына келтіру көшірмесін жазу мүмкін болмады: {error}</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <location filename="../authoring_app/gui/languages.py" line="+13"/>
        <source>Bulgarian</source>
        <translation>Болгарша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>Қырғызша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajik</source>
        <translation>Тәжікше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmen</source>
        <translation>Түрікменше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>Өзбекше</translation>
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
        <translation>&amp;Жаңа оқу құралы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Handbook…</source>
        <translation>Оқу құралын &amp;ашу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a handbook folder (the one holding handbook.toml)</source>
        <translation>Оқу құралының қалтасын ашу (handbook.toml файлы бар қалта)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Соңғы аш&amp;ылғандар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the handbook as a website that also works offline</source>
        <translation>Оқу құралын офлайн да жұмыс істейтін веб-сайт ретінде жариялау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>Қи&amp;ып алу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation>Кі&amp;рістіру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>Барлығын бел&amp;гілеу</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Preferences…</source>
        <translation>Ба&amp;птаулар…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ormat</source>
        <translation>&amp;Пішім</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insert</source>
        <translation>&amp;Кірістіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image…</source>
        <translation>&amp;Сурет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Video…</source>
        <translation>&amp;Бейне…</translation>
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
        <translation>&amp;Кесте</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Structure</source>
        <translation>&amp;Құрылым</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;View</source>
        <translation>Т&amp;үрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Preview</source>
        <translation>&amp;Алдын ала қарау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>&amp;Безендіру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;Жүйедегідей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Ашық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Күңгірт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Орналасуды қалпына келтіру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Handbook Studio</source>
        <translation>Handbook Studio &amp;туралы</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>{file}: only images, video and audio can be dropped into a section</source>
        <translation>{file}: бөлімге тек сурет, бейне және аудионы сүйреп әкелуге болады</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(none yet)</source>
        <translation>(әзірге жоқ)</translation>
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
        <translation>Оқу құралының тақырыбы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handbook folder</source>
        <translation>Оқу құралының қалтасы</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Editor area</source>
        <translation>Редактор аймағы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section being edited</source>
        <translation>Өңделіп жатқан бөлім</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the section being edited</source>
        <translation>Өңделіп жатқан бөлімнің тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this section in another language</source>
        <translation>Бұл бөлімді басқа тілде өңдеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Handbook summary</source>
        <translation>Оқу құралына шолу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words and characters</source>
        <translation>Сөздер мен таңбалар</translation>
    </message>
    <message>
        <location line="+125"/>
        <location filename="../authoring_app/gui/structure_follow.py" line="+70"/>
        <source>Cannot open section</source>
        <extracomment>The section the window is on (the Write mode edits it; the other modes show it), and its language.</extracomment>
        <translation>Бөлімді ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved {file}</source>
        <translation>{file} сақталды</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} has changes that are not saved.</source>
        <translation>{file} файлында сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Handbook</source>
        <translation>Оқу құралын ашу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Handbook — choose a new folder</source>
        <translation>Жаңа оқу құралы — жаңа қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>New Handbook</source>
        <translation>Жаңа оқу құралы</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Title of the handbook:</source>
        <translation>Оқу құралының тақырыбы:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language codes, the source language first (e.g. bg, ru, en):</source>
        <translation>Тіл кодтары, алдымен бастапқы тіл (мысалы, bg, ru, en):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the handbook</source>
        <translation>Оқу құралын жасау мүмкін емес</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+2"/>
        <source>No handbook open</source>
        <translation>Ашық оқу құралы жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a handbook folder with File → Open Handbook…</source>
        <translation>Оқу құралының қалтасын ашыңыз: Файл → Оқу құралын ашу…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+87"/>
        <source>%n sections · languages {languages}</source>
        <translation>
            <numerusform>%n бөлім · тілдер: {languages}</numerusform>
            <numerusform>%n бөлім · тілдер: {languages}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Double-click a section (or press Enter) to write it here.</source>
        <translation>Бөлімді осында жазу үшін оны екі рет шертіңіз (немесе Enter пернесін басыңыз).</translation>
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
        <translation> (жаңа аударма: алғаш сақтағанда жазылады)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{words} words · {characters} characters</source>
        <translation>{words} сөз · {characters} таңба</translation>
    </message>
    <message>
        <location filename="../authoring_app/gui/structure_follow.py" line="-42"/>
        <source>The structure was not changed: save the open text first.</source>
        <translation>Құрылым өзгертілмеді: алдымен ашық мәтінді сақтаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file} before changing the structure</source>
        <translation>Құрылымды өзгертпес бұрын {file} сақталды</translation>
    </message>
    <message>
        <location filename="../authoring_app/gui/window_dialogs.py" line="+26"/>
        <source>Cannot open handbook</source>
        <translation>Оқу құралын ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample handbook could not be opened.</source>
        <translation>Үлгі оқу құралын ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handbook in {path} could not be opened.</source>
        <translation>{path} ішіндегі оқу құралын ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore unsaved text?</source>
        <translation>Сақталмаған мәтінді қалпына келтіресіз бе?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has text that was typed but not saved (the app ended before it was saved).</source>
        <translation>{file} файлында терілген, бірақ сақталмаған мәтін бар (бағдарлама ол сақталғанға дейін жабылып қалды).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore it into the editor (you can still undo that), or discard it and keep the file as saved?</source>
        <translation>Оны редакторға қалпына келтіресіз бе (мұны кейін болдырмауға болады), әлде оны тастап, файлды сақталған күйінде қалдырасыз ба?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before you go on?</source>
        <translation>Жалғастырмас бұрын оларды сақтайсыз ба?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file changed on disk</source>
        <translation>Файл дискіде өзгерді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Anyway</source>
        <translation>Бәрібір сақтау</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot save</source>
        <translation>Сақтау мүмкін емес</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Handbook Studio</source>
        <translation>Handbook Studio туралы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Handbook Studio {version}&lt;/h3&gt;&lt;p&gt;Write a multilingual, multimedia university handbook offline, keep every translation in step with the source, and publish it as a website, SCORM, EPUB and PDF.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handbook Studio {version}&lt;/h3&gt;&lt;p&gt;Көптілді, мультимедиалық университеттік оқу құралын офлайн жазыңыз, әрбір аударманы бастапқы мәтінмен үйлесімді ұстаңыз және оны веб-сайт, SCORM, EPUB және PDF түрінде жариялаңыз.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../authoring_app/gui/editor/markdown_editor.py" line="+66"/>
        <source>Section text</source>
        <extracomment>``(words, characters)`` of the prose (front matter and Markdown marks left out), after a pause in typing. Local files were dropped (or pasted from a file manager) on the editor; a list of ``pathlib.Path``. The editor inserts nothing for them; the text cursor is already where the drop happened. An image (not text) was pasted; the ``QImage`` is the clipboard&apos;s picture.</extracomment>
        <translation>Бөлім мәтіні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown text of the section, with its front matter at the top</source>
        <translation>Бөлімнің Markdown мәтіні, басында метадеректер блогы бар</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="+98"/>
        <source>Preferences</source>
        <translation>Баптаулар</translation>
    </message>
</context>
<context>
    <name>PreviewBase</name>
    <message>
        <location filename="../authoring_app/gui/preview/base.py" line="+47"/>
        <source>Preview notice</source>
        <extracomment>True where the preview is the real website page (Chromium), False for the simplified fallback. The page shows this revision of the text now (see :meth:`set_text`). The reader scrolled the preview: the source line now at its top (fractional between two blocks). The reader clicked a block: its first source line. A link to another section was followed: language, slug, fragment. The page must be built again (its process ended). Rendering failed (a bug): the message, also shown in the preview&apos;s notice.</extracomment>
        <translation>Алдын ала қарау хабарламасы</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The preview could not show this text: {message}</source>
        <translation>Алдын ала қарау бұл мәтінді көрсете алмады: {message}</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../authoring_app/gui/problems_panel.py" line="+94"/>
        <source>Problems</source>
        <extracomment>``&lt;lang&gt;/&lt;slug&gt;.md``: a problem in a section file, which the panel can ask to open. Filter values (the combo boxes&apos; item data). Checks still running. A thread has no parent, so closing the panel never destroys a running thread (Qt would abort); it leaves this set when it has finished.</extracomment>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked yet.</source>
        <translation>Әлі тексерілмеген.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of problems</source>
        <translation>Мәселелер қорытындысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors and warnings</source>
        <translation>Қателер мен ескертулер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Тек қателер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings only</source>
        <translation>Тек ескертулер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of severity</source>
        <translation>Мәселелерді деңгейі бойынша көрсету</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation QA</source>
        <translation>Аударма сапасын тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other than translation QA</source>
        <translation>Аударма сапасын тексеруден басқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of kind</source>
        <translation>Мәселелерді түрі бойынша көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check again</source>
        <translation>&amp;Қайта тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the handbook again</source>
        <translation>Оқу құралын қайта тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every file of the handbook again (the window stays usable)</source>
        <translation>Оқу құралының барлық файлын қайта тексеру (терезені пайдалана беруге болады)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Табылған мәселелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter or double-click a problem to open its place</source>
        <translation>Мәселенің орнын ашу үшін Enter пернесін басыңыз немесе оны екі рет шертіңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Checking the handbook…</source>
        <translation>Оқу құралы тексерілуде…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The check failed; please report this:
%1</source>
        <translation>Тексеру сәтсіз аяқталды; бұл туралы хабарлаңыз:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The handbook cannot be loaded: see the problem below.</source>
        <translation>Оқу құралын жүктеу мүмкін емес: төмендегі мәселені қараңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ескерту</numerusform>
            <numerusform>%n ескерту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n from translation QA)</source>
        <translation>
            <numerusform>(оның ішінде %n — аударма сапасын тексеруден)</numerusform>
            <numerusform>(оның ішінде %n — аударма сапасын тексеруден)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n көрсетілген</numerusform>
            <numerusform>%n көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found.</source>
        <translation>Ешқандай мәселе табылмады.</translation>
    </message>
</context>
<context>
    <name>ProjectGuard</name>
    <message>
        <location filename="../authoring_app/gui/project_guard.py" line="+152"/>
        <source>Restore from &amp;Backup…</source>
        <extracomment>Who this app is in lock files (tests pose as another app with their own). The app that holds the handbook while this window has it read-only. Why locking is off for this handbook (&quot;&quot; while it works): a reason with a LockReason code.</extracomment>
        <translation>Резервтік &amp;көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back files of this handbook as one of its backups has them</source>
        <translation>Оқу құралының файлдарын резервтік көшірмелерінің біріндегі күйіне қайтару</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The backup of the changed files failed: {reason} Close anyway?</source>
        <translation>Өзгерген файлдардың резервтік көшірмесі жасалмады: {reason} Бәрібір жабу керек пе?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your files in the handbook are as you saved them; only the backup copy of this session is missing.</source>
        <translation>Оқу құралындағы файлдарыңыз сіз сақтаған күйінде; тек осы сеанстың резервтік көшірмесі жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Anyway</source>
        <translation>Бәрібір жабу</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Locking is on again for this handbook: no other app can open it for writing now.</source>
        <translation>Бұл оқу құралы үшін құлыптау қайта қосылды: енді басқа бағдарлама оны жазу үшін аша алмайды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other app has closed the handbook: you can write in it now.</source>
        <translation>Басқа бағдарлама оқу құралын жапты: енді оған жаза аласыз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You have taken the handbook over: you can write in it now.</source>
        <translation>Оқу құралын өзіңізге алдыңыз: енді оған жаза аласыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take over the handbook?</source>
        <translation>Оқу құралын өзіңізге аласыз ба?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If Handbook Studio still runs there, you could overwrite each other&apos;s changes. Take the handbook over only when that app has been closed or its user agrees: it becomes read-only there.</source>
        <translation>Егер Handbook Studio онда әлі жұмыс істеп тұрса, бір-біріңіздің өзгерістеріңізді қайта жазып жіберуіңіз мүмкін. Оқу құралын тек ол бағдарлама жабылғанда немесе оның пайдаланушысы келіскенде ғана өзіңізге алыңыз: онда ол тек оқуға арналған болады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Over</source>
        <translation>Өзіме алу</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {user} has this handbook open on {host} (process {pid}) since {since}. You can read everything; to write, close it there, or take it over.</source>
        <translation>&lt;b&gt;Тек оқу үшін.&lt;/b&gt; {user} бұл оқу құралын {since} бастап {host} компьютерінде ашып отыр (процесс {pid}). Барлығын оқи аласыз; жазу үшін оны сол жерде жабыңыз немесе өзіңізге алыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {user} on {host} (process {pid}) took this handbook over at {since}. Unsaved text stays in the editor; take the handbook back to save it here.</source>
        <translation>&lt;b&gt;Тек оқу үшін.&lt;/b&gt; {host} компьютеріндегі {user} (процесс {pid}) бұл оқу құралын {since} кезінде өзіне алды. Сақталмаған мәтін редакторда қалады; оны осында сақтау үшін оқу құралын қайта өзіңізге алыңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>Backed up %n changed file(s) of the handbook.</source>
        <translation>
            <numerusform>Оқу құралының өзгерген %n файлының резервтік көшірмесі жасалды.</numerusform>
            <numerusform>Оқу құралының өзгерген %n файлының резервтік көшірмесі жасалды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+247"/>
        <source>The backup failed</source>
        <translation>Резервтік көшірме жасалмады</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Took over a lock file that was damaged (perhaps by a sync program).</source>
        <translation>Зақымдалған құлып файлы алынды (мүмкін, синхрондау бағдарламасы зақымдаған).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took over a lock that was left behind.</source>
        <translation>Қалып қойған құлып алынды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took over the lock {user} left on {host}: that app&apos;s process {pid} has ended.</source>
        <translation>{user} {host} компьютерінде қалдырған құлып алынды: сол бағдарламаның {pid} процесі аяқталған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took over the lock {user} left on {host}: that app&apos;s process {pid} has ended (the number belongs to another program now).</source>
        <translation>{user} {host} компьютерінде қалдырған құлып алынды: сол бағдарламаның {pid} процесі аяқталған (бұл нөмір енді басқа бағдарламаныкі).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Took over the lock {user} left on {host}: that app has given no sign of life for %n minute(s).</source>
        <translation>
            <numerusform>{user} {host} компьютерінде қалдырған құлып алынды: сол бағдарлама %n минут бойы тіршілік белгісін бермеді.</numerusform>
            <numerusform>{user} {host} компьютерінде қалдырған құлып алынды: сол бағдарлама %n минут бойы тіршілік белгісін бермеді.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Took over the lock {user} left on {host}.</source>
        <translation>{user} {host} компьютерінде қалдырған құлып алынды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locking is off for this handbook: the lock file {file} cannot be written or read ({error}). Another app could open the handbook for writing at the same time.</source>
        <translation>Бұл оқу құралы үшін құлыптау өшірулі: {file} құлып файлын жазу не оқу мүмкін емес ({error}). Басқа бағдарлама оқу құралын бір мезгілде жазу үшін ашуы мүмкін.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locking is off for this handbook: the lock file cannot be written or read ({error}). Another app could open the handbook for writing at the same time.</source>
        <translation>Бұл оқу құралы үшін құлыптау өшірулі: құлып файлын жазу не оқу мүмкін емес ({error}). Басқа бағдарлама оқу құралын бір мезгілде жазу үшін ашуы мүмкін.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{error}

Your files in the handbook are as you saved them; only the backup copy is missing.</source>
        <translation>{error}

Оқу құралындағы файлдарыңыз сіз сақтаған күйінде; тек резервтік көшірме жоқ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not backed up: {problems}</source>
        <translation>Резервтік көшірмеге кірмеді: {problems}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} has unsaved changes in an open editor: save or discard them first, then restore it.</source>
        <translation>{file} файлында ашық редакторда сақталмаған өзгерістер бар: алдымен оларды сақтаңыз немесе тастаңыз, содан кейін файлды қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} was restored but cannot be read: {error}</source>
        <translation>{file} қалпына келтірілді, бірақ оны оқу мүмкін емес: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Restored %n file(s) from the backup.</source>
        <translation>
            <numerusform>Резервтік көшірмеден %n файл қалпына келтірілді.</numerusform>
            <numerusform>Резервтік көшірмеден %n файл қалпына келтірілді.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>someone</source>
        <translation>біреу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{user} has this handbook open on {host} (process {pid}) since {since}.</source>
        <translation>{user} бұл оқу құралын {since} бастап {host} компьютерінде ашып отыр (процесс {pid}).</translation>
    </message>
</context>
<context>
    <name>ProjectTree</name>
    <message>
        <location filename="../authoring_app/gui/project_tree.py" line="+71"/>
        <source>Handbook contents</source>
        <extracomment>Item data: what a row stands for (&quot;part&quot; or &quot;section&quot;) and its slug. The user asked to open a section (double click or Enter); the argument is the section&apos;s slug. The structure changed (a change, undo or redo); the argument is the reloaded Handbook.</extracomment>
        <translation>Оқу құралының мазмұны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts and sections of the handbook, and the languages each section is written in. F2 renames, Delete deletes, Alt+Up and Alt+Down move the selected row, the context menu has more.</source>
        <translation>Оқу құралының бөліктері мен бөлімдері және әр бөлім жазылған тілдер. F2 атын өзгертеді, Delete жояды, Alt+Up және Alt+Down таңдалған жолды жылжытады, басқа әрекеттер мәтінмәндік мәзірде.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section titles in the source language</source>
        <translation>Бастапқы тілдегі бөлім тақырыптары</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{language} (source language)</source>
        <translation>{language} (бастапқы тіл)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Part: {title}</source>
        <translation>Бөлік: {title}</translation>
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
        <translation>{language} нұсқасы бар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing in {language}</source>
        <translation>{language} нұсқасы жоқ</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{language}: {present} of %n sections</source>
        <translation>
            <numerusform>{language}: %n бөлімнен {present}</numerusform>
            <numerusform>{language}: %n бөлімнен {present}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <location filename="../authoring_app/gui/project_guard.py" line="-464"/>
        <source>Read-only notice</source>
        <translation>Тек оқу режимі туралы хабарлама</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Anyway (&amp;Take Over)…</source>
        <translation>Бәрібір ашу (&amp;өзіме алу)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write in this handbook here; the other app can then no longer save it without asking</source>
        <translation>Бұл оқу құралына осында жазу; содан кейін басқа бағдарлама оны сұрамай сақтай алмайды</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../authoring_app/gui/recovery_dialog.py" line="+86"/>
        <source>Restore unsaved text?</source>
        <extracomment>The recovery copy (what Discard deletes).</extracomment>
        <translation>Сақталмаған мәтінді қалпына келтіресіз бе?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handbook Studio ended before this text was saved (a crash or a power cut). For each section, compare the unsaved text with the file, then restore it into the editor or discard it.</source>
        <extracomment>The section chosen for Restore.</extracomment>
        <translation>Handbook Studio бұл мәтін сақталмай тұрып жабылып қалды (бағдарлама істен шықты немесе электр қуаты үзілді). Әр бөлім үшін сақталмаған мәтінді файлмен салыстырып, оны редакторға қалпына келтіріңіз немесе тастаңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections with unsaved text</source>
        <translation>Сақталмаған мәтіні бар бөлімдер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file compared with the unsaved text</source>
        <translation>Файл сақталмаған мәтінмен салыстырғанда</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the section with this text in the editor (not saved yet)</source>
        <translation>Бөлімді осы мәтінмен редакторда ашу (әлі сақталмаған)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Тастау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this unsaved text and keep the file as saved</source>
        <translation>Бұл сақталмаған мәтінді жойып, файлды сақталған күйінде қалдыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Кейін &amp;шешу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the unsaved text; opening the section offers it again</source>
        <translation>Сақталмаған мәтінді қалдыру; бөлімді ашқанда ол қайта ұсынылады</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file as saved</source>
        <translation>Файл сақталған күйінде</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unsaved text (recovered)</source>
        <translation>Сақталмаған мәтін (қалпына келтірілген)</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Unsaved text of %n section(s) is kept from the last session: open one to restore it.</source>
        <translation>
            <numerusform>Өткен сеанстан %n бөлімнің сақталмаған мәтіні қалды: қалпына келтіру үшін бөлімді ашыңыз.</numerusform>
            <numerusform>Өткен сеанстан %n бөлімнің сақталмаған мәтіні қалды: қалпына келтіру үшін бөлімді ашыңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="-84"/>
        <source>Safety</source>
        <translation>Қауіпсіздік</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder of recovery copies and backups</source>
        <extracomment>The folder chosen (None: the data folder).</extracomment>
        <translation>Қалпына келтіру көшірмелері мен резервтік көшірмелер қалтасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data folder: {folder}</source>
        <translation>Деректер қалтасы: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Default</source>
        <translation>Ә&amp;депкі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the data folder again</source>
        <translation>Қайтадан деректер қалтасын пайдалану</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery copies of unsaved text and the backups made on close go to this folder from the next start of Handbook Studio (the handbook command uses it at once). Those made before stay where they are.</source>
        <translation>Сақталмаған мәтіннің қалпына келтіру көшірмелері мен жабу кезінде жасалатын резервтік көшірмелер Handbook Studio келесі рет іске қосылғаннан бастап осы қалтаға түседі (handbook командасы оны бірден пайдаланады). Бұрын жасалғандары орнында қалады.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups to keep of each handbook</source>
        <translation>Әр оқу құралының сақталатын резервтік көшірмелер саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older backups are deleted when a new one is made</source>
        <translation>Жаңа көшірме жасалғанда ескі резервтік көшірмелер жойылады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery and &amp;backup folder:</source>
        <translation>Қалпына келтіру және &amp;резервтік көшірмелер қалтасы:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups to &amp;keep:</source>
        <translation>Сақталатын көшірмелер &amp;саны:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preferences not saved</source>
        <translation>Баптаулар сақталмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety settings could not be saved in {file}: {error}</source>
        <translation>Қауіпсіздік баптауларын {file} ішіне сақтау мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder of Recovery Copies and Backups</source>
        <translation>Қалпына келтіру көшірмелері мен резервтік көшірмелер қалтасы</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../authoring_app/gui/section_editor.py" line="+140"/>
        <source>Could not write the recovery copy: {error}</source>
        <extracomment>Editor scroll events this soon after the preview scrolled it are ours, not the author&apos;s. The section shown changed: language, slug (empty when none).</extracomment>
        <translation>Қалпына келтіру көшірмесін жазу мүмкін болмады: {error}</translation>
    </message>
</context>
<context>
    <name>SectionFileSession</name>
    <message>
        <location filename="../authoring_app/gui/section_file_session.py" line="+96"/>
        <source>{file} was not saved: another app has this handbook open, so this window may only read it. Take the handbook over to save here, or discard the changes.</source>
        <extracomment>A recovery copy is written at most this long after a change. The window property that is true while the window&apos;s handbook is open read-only. The recovery copy could not be written: the OSError (the widget says so where it has room). The file&apos;s state or the text changed from outside the editor (reloaded, merged, the file vanished): the widget updates what it shows around the text (labels, the form).</extracomment>
        <translation>{file} сақталмады: бұл оқу құралын басқа бағдарлама ашқан, сондықтан бұл терезе оны тек оқи алады. Мұнда сақтау үшін оқу құралын өзіңізге алыңыз немесе өзгерістерден бас тартыңыз.</translation>
    </message>
</context>
<context>
    <name>SegmentEditorDelegate</name>
    <message>
        <location filename="../authoring_app/gui/translation/segment_grid.py" line="+66"/>
        <source>Segment text</source>
        <translation>Сегмент мәтіні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return saves this segment to the file, Escape cancels</source>
        <translation>Ctrl+Return бұл сегментті файлға сақтайды, Escape бас тартады</translation>
    </message>
</context>
<context>
    <name>SegmentGrid</name>
    <message>
        <location line="+58"/>
        <source>&amp;Languages</source>
        <extracomment>The user asked to open ``lang``/``slug`` at file line ``line`` in the editor (double-click on a cell). The grid wrote ``lang``/``slug``: the section file or its provenance record.</extracomment>
        <translation>&amp;Тілдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the languages shown as columns</source>
        <translation>Баған ретінде көрсетілетін тілдерді таңдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages shown</source>
        <translation>Көрсетілетін тілдер</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All segments</source>
        <translation>Барлық сегменттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdated</source>
        <translation>Ескірген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Жетіспейтін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra</source>
        <translation>Артық</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show rows</source>
        <translation>Жолдарды көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all rows, or only rows with an outdated, missing or extra segment</source>
        <translation>Барлық жолдарды немесе тек ескірген, жетіспейтін не артық сегменті бар жолдарды көрсету</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark as Up to Date</source>
        <translation>&amp;Өзекті деп белгілеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected outdated translations still fit the source as it is now</source>
        <translation>Таңдалған ескірген аудармалар бастапқы мәтіннің қазіргі нұсқасына әлі де сәйкес келеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;opy Source to Target</source>
        <translation>Бастапқы мәтінді &amp;аудармаға көшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the selected translation from the source text, then edit it</source>
        <translation>Таңдалған аударманы бастапқы мәтіннен бастап, содан кейін оны өңдеу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments by language</source>
        <translation>Тілдер бойынша сегменттер</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Segment details and source changes</source>
        <translation>Сегмент мәліметтері және бастапқы мәтіндегі өзгерістер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Next Outdated</source>
        <translation>Келесі ескірген</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next outdated segment</source>
        <translation>Келесі ескірген сегментке өту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Outdated</source>
        <translation>Алдыңғы ескірген</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous outdated segment</source>
        <translation>Алдыңғы ескірген сегментке өту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Missing</source>
        <translation>Келесі жетіспейтін</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next missing segment</source>
        <translation>Келесі жетіспейтін сегментке өту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Missing</source>
        <translation>Алдыңғы жетіспейтін</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous missing segment</source>
        <translation>Алдыңғы жетіспейтін сегментке өту</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No {status} segments in the languages shown</source>
        <translation>Көрсетілген тілдерде {status} сегменттер жоқ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not record that: {error}</source>
        <translation>Мұны тіркеу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select one or more outdated segments first</source>
        <translation>Алдымен бір немесе бірнеше ескірген сегментті таңдаңыз</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n segment(s) marked as up to date</source>
        <translation>
            <numerusform>%n сегмент өзекті деп белгіленді</numerusform>
            <numerusform>%n сегмент өзекті деп белгіленді</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a cell of a translation first</source>
        <translation>Алдымен аударманың ұяшығын таңдаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This segment has no source text to copy</source>
        <translation>Бұл сегменттің көшіретін бастапқы мәтіні жоқ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file changed since the grid was shown; it has been read again.</source>
        <translation>Кесте көрсетілгеннен бері файл өзгерді; ол қайта оқылды.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved {lang}/{slug}.md</source>
        <translation>{lang}/{slug}.md сақталды</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was saved: another app has this handbook open; this window may only read it.</source>
        <translation>Ештеңе сақталмады: бұл оқу құралын басқа бағдарлама ашқан; бұл терезе оны тек оқи алады.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a cell to see its text and what changed in the source.</source>
        <translation>Мәтінін және бастапқы мәтінде не өзгергенін көру үшін ұяшықты таңдаңыз.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What changed in the source since this was translated:</source>
        <translation>Бұл аударылғаннан бері бастапқы мәтінде не өзгерді:</translation>
    </message>
</context>
<context>
    <name>SegmentGridModel</name>
    <message>
        <location filename="../authoring_app/gui/translation/segment_grid_model.py" line="+127"/>
        <source>{name}: source</source>
        <extracomment>Role of the row key (``paragraph:3``, ``ru/extra:paragraph:1``) in every cell. Role of the cell&apos;s status (``translated`` …, &quot;source&quot; in the source column, None where nothing is compared). The segment of the handbook&apos;s source language (None on a row of an extra segment). The status of the row&apos;s segment in each target language that has one.</extracomment>
        <translation>{name}: бастапқы</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not compared: this language has no counterpart of this row</source>
        <translation>Салыстырылмады: бұл тілде осы жолдың сәйкесі жоқ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only in the translation: the source has no counterpart</source>
        <translation>Тек аудармада: бастапқы мәтінде сәйкесі жоқ</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <location filename="../authoring_app/gui/translation/side_by_side.py" line="+78"/>
        <source>Side by side translation</source>
        <extracomment>Statuses are recomputed this long after the last change in any column. Whether any column has unsaved changes. Open this language of the section in the single-language editor, at this file line. A column was saved: language, slug (the project tree may refresh). A short message for the status bar (what a mark means, why something was refused).</extracomment>
        <translation>Қатарлас аударма</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Side by side</source>
        <extracomment>Milliseconds the last status recompute took (all columns). The last status of each language, with the texts it was computed from (target, pivot column&apos;s).</extracomment>
        <translation>Қатарлас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side by side tools</source>
        <translation>Қатарлас режим құралдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Column</source>
        <translation>Бағанды &amp;сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the language whose text has the focus</source>
        <translation>Мәтіні фокуста тұрған тілді сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;All</source>
        <translation>&amp;Барлығын сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every language with unsaved changes</source>
        <translation>Сақталмаған өзгерістері бар барлық тілді сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Language</source>
        <translation>&amp;Тіл қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one more language next to these (up to four)</source>
        <translation>Бұлардың қасына тағы бір тілді көрсету (төртке дейін)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Mark</source>
        <translation>&amp;Алдыңғы белгі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Mark</source>
        <translation>&amp;Келесі белгі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next outdated, missing or extra segment</source>
        <translation>Келесі ескірген, жетіспейтін немесе артық сегментке өту</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{files}: changes are not saved.</source>
        <translation>{files}: өзгерістер сақталмаған.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+34"/>
        <source>Cannot open</source>
        <translation>Ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{language} is already shown.</source>
        <translation>{language} нұсқасы көрсетіліп тұр.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{file} is not UTF-8 and was not converted.</source>
        <translation>{file} UTF-8 кодтауында емес және түрлендірілмеді.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Saved {file}</source>
        <translation>{file} сақталды</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} has changes that are not saved.</source>
        <translation>{file} файлында сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore unsaved text?</source>
        <translation>Сақталмаған мәтінді қалпына келтіресіз бе?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has text that was typed but not saved (the app ended before it was saved).</source>
        <translation>{file} файлында терілген, бірақ сақталмаған мәтін бар (бағдарлама ол сақталғанға дейін жабылып қалды).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore it into the editor (you can still undo that)?</source>
        <translation>Оны редакторға қалпына келтіресіз бе (мұны кейін болдырмауға болады)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No more marks in {language}.</source>
        <translation>{language} нұсқасында басқа белгі жоқ.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_chart.py" line="+30"/>
        <source>Translation progress by language</source>
        <translation>Тілдер бойынша аударма барысы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{language}: {percent}% translated, {outdated} outdated, {missing} missing</source>
        <translation>{language}: {percent}% аударылған, {outdated} ескірген, {missing} жетіспейтін</translation>
    </message>
</context>
<context>
    <name>StatusGutter</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_gutter.py" line="+29"/>
        <source>Translation status marks</source>
        <extracomment>Background of each mark; white letters on them keep at least 4.5:1 contrast, on light and dark themes alike.</extracomment>
        <translation>Аударма күйінің белгілері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks beside the text: O outdated, M missing, E extra; F8 goes to the next one</source>
        <translation>Мәтін жанындағы белгілер: Е — ескірген, Ж — жетіспейтін, А — артық; F8 келесісіне өтеді</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>O</source>
        <comment>gutter mark: outdated segment</comment>
        <translation>Е</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <comment>gutter mark: missing segment</comment>
        <translation>Ж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <comment>gutter mark: extra segment</comment>
        <translation>А</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outdated: the source changed since this was translated.</source>
        <translation>Ескірген: бұл аударылғаннан бері бастапқы мәтін өзгерді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: this segment is not translated yet.</source>
        <translation>Жетіспейді: бұл сегмент әлі аударылмаған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra: this text has no counterpart in the language it is translated from.</source>
        <translation>Артық: бұл мәтіннің ол аударылған тілде сәйкесі жоқ.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n segments missing here.</source>
        <translation>
            <numerusform>Мұнда %n сегмент жетіспейді.</numerusform>
            <numerusform>Мұнда %n сегмент жетіспейді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_chart.py" line="+57"/>
        <source>Colour legend</source>
        <translation>Түстер белгілері</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <location filename="../authoring_app/gui/structure_actions.py" line="+219"/>
        <source>New &amp;Part…</source>
        <translation>Жаңа бө&amp;лік…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Section…</source>
        <translation>&amp;Жаңа бөлім…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Атын өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Title…</source>
        <translation>&amp;Тақырыбын өзгерту…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>Ж&amp;ою…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mo&amp;ve Up</source>
        <translation>Жо&amp;ғары жылжыту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Dow&amp;n</source>
        <translation>Тө&amp;мен жылжыту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Structure</source>
        <translation>Құрылым</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Rename Part…</source>
        <translation>Бөліктің &amp;атын өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Part…</source>
        <translation>Бөлікті ж&amp;ою…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename File…</source>
        <translation>Файлдың &amp;атын өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Section…</source>
        <translation>Бөлімді ж&amp;ою…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Part</source>
        <translation>Жаңа бөлік</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New part “{title}”</source>
        <translation>Жаңа бөлік «{title}»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New Section</source>
        <translation>Жаңа бөлім</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New section “{title}”</source>
        <translation>Жаңа бөлім «{title}»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename File</source>
        <translation>Файлдың атын өзгерту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename “{old}” to “{new}”</source>
        <translation>«{old}» атын «{new}» деп өзгерту</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change Title</source>
        <translation>Тақырыбын өзгерту</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change title to “{title}”</source>
        <translation>Тақырыбын «{title}» деп өзгерту</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The part “{title}” still holds %n section(s). Move them to another part or delete them first.</source>
        <translation>
            <numerusform>«{title}» бөлігінде әлі %n бөлім бар. Алдымен оларды басқа бөлікке жылжытыңыз немесе жойыңыз.</numerusform>
            <numerusform>«{title}» бөлігінде әлі %n бөлім бар. Алдымен оларды басқа бөлікке жылжытыңыз немесе жойыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the empty part “{title}”?</source>
        <translation>Бос «{title}» бөлігін жоясыз ба?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only its entry in handbook.toml is removed. Structure ▸ Undo brings it back.</source>
        <translation>Тек оның handbook.toml ішіндегі жазбасы жойылады. Құрылым ▸ Болдырмау оны қайтарады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete part “{slug}”</source>
        <translation>«{slug}» бөлігін жою</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its files ({files}) are moved to the folder .trash inside the handbook, not destroyed; Undo (Ctrl+Z) puts them back.</source>
        <translation>Оның файлдары ({files}) жойылмайды, оқу құралының ішіндегі .trash қалтасына жылжытылады; Болдырмау (Ctrl+Z) оларды қайтарады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n link(s) to it in other sections will be broken, e.g. {where}.</source>
        <translation>
            <numerusform>Басқа бөлімдердегі оған апаратын %n сілтеме бұзылады, мысалы, {where}.</numerusform>
            <numerusform>Басқа бөлімдердегі оған апаратын %n сілтеме бұзылады, мысалы, {where}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the section “{title}”?</source>
        <translation>«{title}» бөлімін жоясыз ба?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete section “{title}”</source>
        <translation>«{title}» бөлімін жою</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move part “{slug}”</source>
        <translation>«{slug}» бөлігін жылжыту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move section “{slug}”</source>
        <translation>«{slug}» бөлімін жылжыту</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Links to this section in every language are updated.</source>
        <translation>Барлық тілдегі осы бөлімге апаратын сілтемелер жаңартылады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot change the structure</source>
        <translation>Құрылымды өзгерту мүмкін емес</translation>
    </message>
</context>
<context>
    <name>StructureController</name>
    <message>
        <location line="-370"/>
        <source>The handbook is open read-only: take it over (the bar above) to change its structure.</source>
        <extracomment>What the slug fields accept while typing (core&apos;s SLUG_RE has the last word). The handbook after a change, undo or redo (reloaded from disk). A change, undo or redo was refused; the argument is core&apos;s message (what, where, what to do). A change, undo or redo is about to be applied (the window saves the open section first). The operation just applied (a change, or the inverse an undo ran), after ``handbook_changed``. Another app holds the handbook&apos;s lock (see project_guard): changes are refused. Asked before every change, undo and redo; False stops it (the window saves the open text first, and a failed save must not be followed by a change that rewrites or moves that file).</extracomment>
        <translation>Оқу құралы тек оқу үшін ашық: құрылымын өзгерту үшін оны өзіңізге алыңыз (жоғарыдағы жолақ).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{message}

The undo history was cleared because the files no longer match it.</source>
        <translation>{message}

Файлдар енді оған сәйкес келмейтіндіктен, болдырмау тарихы тазартылды.</translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <location filename="../authoring_app/gui/preview/text_preview.py" line="+23"/>
        <source>Preview of the page (simplified)</source>
        <translation>Бетті алдын ала қарау (жеңілдетілген)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simplified preview: the page engine (QtWebEngine) could not start, so quizzes, tabs and the site&apos;s styles are not shown. Reason: {reason}</source>
        <translation>Жеңілдетілген алдын ала қарау: бет қозғалтқышы (QtWebEngine) іске қосылмады, сондықтан тесттер, қойындылар және сайт стильдері көрсетілмейді. Себебі: {reason}</translation>
    </message>
</context>
<context>
    <name>TranslationDashboard</name>
    <message>
        <location filename="../authoring_app/gui/translation/dashboard.py" line="+86"/>
        <source>Dashboard state</source>
        <extracomment>The user asked to open section ``slug`` in language ``lang`` (click, Return or Space on a cell). The counts on screen are complete and current (after :meth:`set_handbook` or :meth:`refresh`).</extracomment>
        <translation>Тақта күйі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary by language</source>
        <translation>Тілдер бойынша қорытынды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Translation status by section and language</source>
        <translation>Бөлімдер мен тілдер бойынша аударма күйі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a cell, or press Return, to open that section in that language</source>
        <translation>Бөлімді сол тілде ашу үшін ұяшықты шертіңіз немесе Return пернесін басыңыз</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Counting segments…</source>
        <translation>Сегменттер саналуда…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The status could not be counted: {error}</source>
        <translation>Күйді есептеу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No handbook is open.</source>
        <translation>Ешбір оқу құралы ашылмаған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This handbook has no translations yet: add a language in handbook.toml.</source>
        <translation>Бұл оқу құралында әлі аударма жоқ: handbook.toml файлына тіл қосыңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n sections, source language {source}</source>
        <translation>
            <numerusform>%n бөлім, бастапқы тіл: {source}</numerusform>
            <numerusform>%n бөлім, бастапқы тіл: {source}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Қай тілден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(no file yet)</source>
        <translation>(әлі файл жоқ)</translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_style.py" line="+30"/>
        <source>translated</source>
        <extracomment>Solid colours (chart bars, legend swatches); cells use them with :data:`CELL_ALPHA`. Opacity of a cell&apos;s tint: translated cells stay quiet so the ones that need work stand out.</extracomment>
        <translation>аударылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outdated</source>
        <translation>ескірген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>жетіспейтін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra</source>
        <translation>артық</translation>
    </message>
</context>
<context>
    <name>ValidationStatus</name>
    <message>
        <location filename="../authoring_app/core/export/validation.py" line="-4"/>
        <source>passed</source>
        <extracomment>A check&apos;s status; the GUI shows it translated (context ``ValidationStatus``).</extracomment>
        <translation>өтті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>өтпеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation>тексерілмеді</translation>
    </message>
</context>
<context>
    <name>WebPreview</name>
    <message>
        <location filename="../authoring_app/gui/preview/web_preview.py" line="+147"/>
        <source>Preview of the page</source>
        <extracomment>Schemes a preview page may load: its own files, Qt&apos;s web channel script, inline data. The preview&apos;s scripts, in the page&apos;s head before the site&apos;s own. The page was asked to load itself again (Reload in its menu): its content would go back to the first version. True between :meth:`load_own` and the load it started: the only navigation of the page that is allowed.</extracomment>
        <translation>Бетті алдын ала қарау</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The preview page could not be loaded; it is built again with your next change.</source>
        <translation>Алдын ала қарау беті жүктелмеді; ол келесі өзгерісіңізде қайта құрылады.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The preview stopped: Chromium&apos;s page process ended %n times in a minute (code {code}).</source>
        <translation>
            <numerusform>Алдын ала қарау тоқтады: Chromium бет процесі бір минутта %n рет аяқталды (код {code}).</numerusform>
            <numerusform>Алдын ала қарау тоқтады: Chromium бет процесі бір минутта %n рет аяқталды (код {code}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview stopped (Chromium&apos;s page process ended, code {code}); it was started again.</source>
        <translation>Алдын ала қарау тоқтады (Chromium бет процесі аяқталды, код {code}); ол қайта іске қосылды.</translation>
    </message>
</context>
<context>
    <name>WorkModes</name>
    <message>
        <location filename="../authoring_app/gui/work_modes.py" line="+47"/>
        <source>&amp;Write</source>
        <translation>&amp;Жазу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One language in the editor beside the live page</source>
        <translation>Редакторда бір тіл, қасында жаңарып тұратын бет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages &amp;Side by Side</source>
        <translation>Тілдер &amp;қатарлас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two to four languages of the section as columns, scrolling together</source>
        <translation>Бөлімнің екі-төрт тілі бірге жылжитын бағандар түрінде</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;gments</source>
        <translation>&amp;Сегменттер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every segment of the section with its status in every language</source>
        <translation>Бөлімнің әр сегменті және оның әр тілдегі күйі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation &amp;Dashboard</source>
        <translation>Аударма &amp;тақтасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far every language is, section by section</source>
        <translation>Әр тілдің аударылу барысы, бөлім бойынша</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Problems</source>
        <translation>&amp;Мәселелер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What handbook check finds, translation QA included</source>
        <translation>handbook check тапқан мәселелер, аударма сапасын тексеруді қоса алғанда</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cannot open section</source>
        <translation>Бөлімді ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
</context>
<context>
    <name>_MediaBlockDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="-163"/>
        <source>&amp;Insert</source>
        <translation>&amp;Кірістіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing Was Inserted</source>
        <translation>Ештеңе кірістірілмеді</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files Created</source>
        <translation>Файлдар жасалды</translation>
    </message>
</context>
<context>
    <name>_NameDialog</name>
    <message>
        <location filename="../authoring_app/gui/structure_actions.py" line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Тақырыбы:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 10-peer-review</source>
        <translation>мысалы, 10-peer-review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower-case Latin letters, digits and hyphens; the file is named after it</source>
        <translation>Кіші латын әріптері, цифрлар және дефистер; файл осылай аталады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File name:</source>
        <translation>&amp;Файл аты:</translation>
    </message>
</context>
</TS>
