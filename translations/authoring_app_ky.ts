<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../authoring_app/gui/backup_dialog.py" line="+67"/>
        <source>Restore from Backup</source>
        <translation>Камдык көчүрмөдөн калыбына келтирүү</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each time you close this handbook, Handbook Studio backs up the text files that changed. Choose a backup, compare a file with how it is now, check the files to put back and restore them. The versions they replace are backed up first, so a restore can be undone the same way.</source>
        <translation>Бул окуу куралын жапкан сайын Handbook Studio өзгөргөн текст файлдарынын камдык көчүрмөсүн жасайт. Камдык көчүрмөнү тандаңыз, файлды анын азыркы абалы менен салыштырыңыз, кайтарыла турган файлдарды белгилеп, аларды калыбына келтириңиз. Алар алмаштыра турган нускалардын адегенде камдык көчүрмөсү жасалат, ошондуктан калыбына келтирүүнү ушундай эле жол менен жокко чыгарууга болот.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups, newest first</source>
        <translation>Камдык көчүрмөлөр, эң жаңысы биринчи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files in the backup</source>
        <translation>Камдык көчүрмөдөгү файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compared with now</source>
        <translation>Азыркы менен салыштырганда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file now and in the backup</source>
        <translation>Файлдын азыркы жана камдык көчүрмөдөгү абалы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Older backups are deleted when a new one is made</source>
        <translation>Жаңы көчүрмө жасалганда эски камдык көчүрмөлөр өчүрүлөт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups to keep:</source>
        <translation>Сакталуучу көчүрмөлөр &amp;саны:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Restore Checked Files</source>
        <translation>Белгиленген файлдарды &amp;калыбына келтирүү</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No backups yet: the first one is made when you close this handbook or quit the app.</source>
        <translation>Азырынча камдык көчүрмө жок: биринчиси бул окуу куралын жапканда же программадан чыкканда жасалат.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was restored. {problem}</source>
        <translation>Эч нерсе калыбына келтирилген жок. {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not restored: {problem}</source>
        <translation>Калыбына келтирилген жок: {problem}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This backup cannot be used. {problem}</source>
        <translation>Бул камдык көчүрмөнү колдонуу мүмкүн эмес. {problem}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Restored: {files}.</source>
        <translation>Калыбына келтирилди: {files}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already as in the backup: {files}.</source>
        <translation>Камдык көчүрмөдөгүдөй эле: {files}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The versions replaced are in the backup of {time}: restore from it to undo this.</source>
        <translation>Алмаштырылган нускалар {time} камдык көчүрмөсүндө: муну жокко чыгаруу үчүн ошол көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} · damaged</source>
        <translation>{name} · бузулган</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on close</source>
        <translation>жапканда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>кол менен жасалган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>калыбына келтирүүдөн мурун</translation>
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
        <translation>азыркыдан айырмаланат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on disk now</source>
        <translation>азыр дискте жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>same as now</source>
        <translation>азыркыдай</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the line ends (Windows or Unix) or the byte order mark differ; the text is the same.</source>
        <translation>Саптардын аягы (Windows же Unix) же байт тартибинин белгиси (BOM) гана айырмаланат; текст бирдей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: {file}</source>
        <translation>Азыр: {file}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on disk now</source>
        <translation>Азыр дискте жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup of {time}</source>
        <translation>{time} камдык көчүрмөсү</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <location filename="../authoring_app/gui/backup_words.py" line="+19"/>
        <source>{file} is {megabytes} MB, too large for a backup.</source>
        <translation>{file} көлөмү {megabytes} МБ — камдык көчүрмө үчүн өтө чоң.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read ({error}).</source>
        <translation>{file} окуу мүмкүн эмес ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a regular file (a pipe, a device or a folder).</source>
        <translation>{file} — кадимки файл эмес (канал, түзмөк же папка).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} leads outside the handbook (a link?).</source>
        <translation>{file} окуу куралынын сыртына алып барат (шилтемеби?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} did not fit: the handbook&apos;s text is too large for one backup.</source>
        <translation>{file} батпай калды: окуу куралынын тексти бир камдык көчүрмө үчүн өтө чоң.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} did not fit: one backup holds at most {limit} files.</source>
        <translation>{file} батпай калды: бир камдык көчүрмөгө эң көп дегенде {limit} файл батат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read ({error}), so it was left as it is.</source>
        <translation>{file} окуу мүмкүн эмес ({error}), ошондуктан ал өзгөрүүсүз калтырылды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be written ({error}).</source>
        <translation>{file} жазуу мүмкүн болгон жок ({error}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It holds too many files.</source>
        <translation>Анда файлдар өтө көп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no manifest.json: it is not a Handbook Studio backup.</source>
        <translation>Анда manifest.json жок: бул Handbook Studio камдык көчүрмөсү эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be read ({error}).</source>
        <translation>Аны окуу мүмкүн эмес ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its list of files is damaged ({detail}).</source>
        <translation>Анын файлдар тизмеси бузулган ({detail}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup {backup} cannot be used.</source>
        <translation>{backup} камдык көчүрмөсүн колдонуу мүмкүн эмес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of backups to keep must be 1 or more, not {keep}.</source>
        <translation>Сакталуучу камдык көчүрмөлөрдүн саны 1 же андан көп болушу керек, {keep} эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no backup {name} of this handbook.</source>
        <translation>Бул окуу куралынын {name} камдык көчүрмөсү жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name {file} points outside the handbook, so it is refused.</source>
        <translation>{file} аталышы окуу куралынын сыртын көрсөтөт, ошондуктан ал кабыл алынган жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} has no file {file}.</source>
        <translation>{backup} камдык көчүрмөсүндө {file} файлы жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup {backup} is damaged: {file} is not what was saved.</source>
        <translation>{backup} камдык көчүрмөсү бузулган: {file} сакталган нуска эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} holds more than can be restored at once: restore fewer files at a time.</source>
        <translation>{backup} камдык көчүрмөсүндө бир жолу калыбына келтирүүгө болгондон көп нерсе бар: бир жолу азыраак файлды калыбына келтириңиз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} cannot be read ({error}).</source>
        <translation>{backup} камдык көчүрмөсүн окуу мүмкүн эмес ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read now ({error}).</source>
        <translation>{file} азыр окуу мүмкүн эмес ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files it would replace could not be backed up first: {files}.</source>
        <translation>Алмаштырыла турган файлдардын алгач камдык көчүрмөсүн жасоо мүмкүн болгон жок: {files}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be written to {folder} ({error}).</source>
        <translation>Камдык көчүрмөнү {folder} ичине жазуу мүмкүн болгон жок ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in the backup is {megabytes} MB, more than a backup holds.</source>
        <translation>Камдык көчүрмөдөгү {member} көлөмү {megabytes} МБ — камдык көчүрмөгө батуучудан көп.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in the backup unpacks to more than its size says: the backup is damaged.</source>
        <translation>Камдык көчүрмөдөгү {member} көрсөтүлгөн өлчөмүнөн көп болуп ачылат: камдык көчүрмө бузулган.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../authoring_app/gui/conflict_dialog.py" line="+78"/>
        <source>The file changed on disk</source>
        <extracomment>Keys typed this soon after the dialog opened (meant for the editor) are ignored. How the file is named to the author (&quot;ru/02-flipped-classroom.md&quot;). The text as it was opened (or last saved): the common base of a merge. The author&apos;s text in the editor. The file as it is on disk now. Where the version on disk is copied before the author&apos;s text replaces it (Keep My Text); None: nowhere. The other version was written by this app itself (another view of the same file, a restore from a backup). KEEP_MINE, TAKE_THEIRS, MERGED, or None (decide later).</extracomment>
        <translation>Файл дискте өзгөрдү</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was saved from another view of this window (languages side by side, segments, or a restore from a backup) while you had unsaved changes in it here. Compare the two versions and choose which to keep, or merge them.</source>
        <translation>Сизде бул жерде сакталбаган өзгөртүүлөр турганда, &lt;b&gt;{file}&lt;/b&gt; файлы ушул терезенин башка көрүнүшүнөн (тилдер катарлаш, сегменттер же камдык көчүрмөдөн калыбына келтирүү) сакталды. Эки нусканы салыштырып, кайсынысын калтырууну тандаңыз же аларды бириктириңиз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was changed by another program (another editor, git, a synced folder) while you had unsaved changes in it. Compare the two versions and choose which to keep, or merge them.</source>
        <translation>Сизде сакталбаган өзгөртүүлөр турганда, &lt;b&gt;{file}&lt;/b&gt; файлын башка программа (башка редактор, git, синхрондолгон папка) өзгөрттү. Эки нусканы салыштырып, кайсынысын калтырууну тандаңыз же аларды бириктириңиз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you keep your text, the version on disk is copied first to {folder}, so nothing is lost.</source>
        <translation>Текстиңизди калтырсаңыз, дисктеги нуска адегенде {folder} ичине көчүрүлөт, ошондуктан эч нерсе жоголбойт.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The version on disk compared with yours</source>
        <translation>Дисктеги нуска сиздики менен салыштырганда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On disk now (theirs)</source>
        <translation>Азыр дискте (башка нуска)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the editor (yours)</source>
        <translation>Редактордо (сиздики)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep My Text</source>
        <translation>&amp;Менин текстимди калтыруу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep your text; saving it replaces the version on disk (a copy of that version is kept)</source>
        <translation>Текстиңизди калтыруу; аны сактаганда дисктеги нуска алмаштырылат (ал нусканын көчүрмөсү сакталат)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use the Version on Disk</source>
        <translation>&amp;Дисктеги нусканы алуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the version on disk into the editor (Ctrl+Z brings yours back)</source>
        <translation>Дисктеги нусканы редакторго жүктөө (Ctrl+Z сиздикин кайтарат)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Бириктирүү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combine both sets of changes, then check the result</source>
        <translation>Эки тараптагы өзгөртүүлөрдү бириктирип, натыйжасын текшерүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Кийин &amp;чечүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change nothing now; saving will ask before it replaces the other version</source>
        <translation>Азыр эч нерсе өзгөртпөө; сактоо башка нусканы алмаштыруудан мурун сурайт</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Merged text</source>
        <translation>Бириктирилген текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use Merged Text</source>
        <translation>Бириктирилген текстти &amp;колдонуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this text in the editor, unsaved</source>
        <translation>Бул текстти редакторго сактабай коюу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Артка</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>your text</source>
        <translation>сиздин текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on disk</source>
        <translation>дискте</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Both versions changed the same lines in %n place(s): both are kept between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines, highlighted. Keep what should stay, delete the rest and the marker lines, then use the merged text.</source>
        <translation>
            <numerusform>Эки нуска тең бир эле саптарды %n жерде өзгөрткөн: экөө тең &lt;&lt;&lt;&lt;&lt;&lt;&lt; жана &gt;&gt;&gt;&gt;&gt;&gt;&gt; саптарынын ортосунда белгиленип сакталды. Калышы керек болгонун калтырып, калганын жана белги саптарын өчүрүңүз, андан кийин бириктирилген текстти колдонуңуз.</numerusform>
            <numerusform>Эки нуска тең бир эле саптарды %n жерде өзгөрткөн: экөө тең &lt;&lt;&lt;&lt;&lt;&lt;&lt; жана &gt;&gt;&gt;&gt;&gt;&gt;&gt; саптарынын ортосунда белгиленип сакталды. Калышы керек болгонун калтырып, калганын жана белги саптарын өчүрүңүз, андан кийин бириктирилген текстти колдонуңуз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The changes merged without conflicts. Check the text, then use it (it is not saved yet).</source>
        <translation>Өзгөртүүлөр карама-каршылыксыз бириктирилди. Текстти текшерип, андан кийин колдонуңуз (ал азырынча сакталган жок).</translation>
    </message>
</context>
<context>
    <name>ConvertEncodingDialog</name>
    <message>
        <location filename="../authoring_app/gui/encoding_dialog.py" line="+84"/>
        <source>Convert to UTF-8?</source>
        <translation>UTF-8 коддоосуна айландырасызбы?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not saved as UTF-8, the encoding the handbook uses: it looks like &lt;b&gt;{encoding}&lt;/b&gt; text.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; окуу куралы колдонгон UTF-8 коддоосунда сакталган эмес: ал &lt;b&gt;{encoding}&lt;/b&gt; текстине окшойт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not saved as UTF-8, the encoding the handbook uses, and its encoding cannot be told for sure. Choose the one in which the text below reads correctly.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; окуу куралы колдонгон UTF-8 коддоосунда сакталган эмес жана анын коддоосун так аныктоо мүмкүн эмес. Төмөнкү текст туура окула турган коддоону тандаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encoding of the file</source>
        <translation>Файлдын коддоосу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first lines of the file in this encoding</source>
        <translation>Ушул коддоодогу файлдын алгачкы саптары</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converting rewrites the file as UTF-8 (same text, same line ends) and keeps a copy of the original next to the recovery copies, then opens it.</source>
        <translation>Айландыруу файлды UTF-8 коддоосунда кайра жазат (текст жана саптардын аягы өзгөрбөйт), түп нусканын көчүрмөсүн калыбына келтирүү көчүрмөлөрүнүн жанында сактайт, андан кийин файлды ачат.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Convert to UTF-8</source>
        <translation>UTF-8 коддоосуна &amp;айландыруу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Read as:</source>
        <translation>&amp;Окуу коддоосу:</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../authoring_app/gui/diff_view.py" line="+120"/>
        <source>saved</source>
        <translation>сакталган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsaved</source>
        <translation>сакталбаган</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two versions are the same.</source>
        <translation>Эки нуска бирдей.</translation>
    </message>
</context>
<context>
    <name>DiffWords</name>
    <message numerus="yes">
        <location line="-75"/>
        <source>… %n unchanged line(s)</source>
        <translation>
            <numerusform>… өзгөрбөгөн %n сап</numerusform>
            <numerusform>… өзгөрбөгөн %n сап</numerusform>
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
        <translation>KOI8-R (орус)</translation>
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
        <translation>Windows-1252 (батыш европалык)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254 (түрк)</translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <location filename="../authoring_app/gui/encoding_dialog.py" line="-72"/>
        <source>Line {line} cannot be read as {encoding}: the file is in another encoding.</source>
        <extracomment>The encoding shown first when the bytes do not say which one they are in.</extracomment>
        <translation>{line}-сапты {encoding} катары окуу мүмкүн эмес: файл башка коддоодо.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{encoding}” is not an encoding this app knows.</source>
        <translation>«{encoding}» — бул колдонмо билбеген коддоо.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is {size} MB, too large for a section: split it into several sections.</source>
        <translation>Файлдын көлөмү {size} МБ, бөлүм үчүн өтө чоң: аны бир нече бөлүмгө бөлүңүз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>Файлды окуу мүмкүн эмес: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be converted: {reason}. It is unchanged; check the folder&apos;s permissions and free space, then try again.</source>
        <translation>Файлды айландыруу мүмкүн болгон жок: {reason}. Ал өзгөртүлгөн жок; папканын уруксаттарын жана бош орунду текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Cannot convert</source>
        <translation>Айландыруу мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} was converted from {encoding} to UTF-8; the original is kept in {backup}.</source>
        <translation>{file} файлы {encoding} коддоосунан UTF-8 коддоосуна айландырылды; түп нускасы {backup} ичинде сакталды.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../authoring_app/gui/export_runner.py" line="+146"/>
        <source>Exporting</source>
        <extracomment>Threads of running exports. A thread has no parent, so closing the window that started it never destroys it while it runs (Qt aborts then); it leaves this set when it has finished.</extracomment>
        <translation>Экспорттоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Экспорттоонун жүрүшү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the export…</source>
        <translation>Экспортко даярдалууда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Баш тартуу</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopping the export…</source>
        <translation>Экспорт токтотулууда…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rendering sections</source>
        <translation>Бөлүмдөрдү түзүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing pages</source>
        <translation>Барактарды жазуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the search index</source>
        <translation>Издөө индексин түзүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing files</source>
        <translation>Файлдарды жазуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCORM 1.2 packages</source>
        <translation>SCORM 1.2 пакеттери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCORM 2004 packages</source>
        <translation>SCORM 2004 пакеттери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPUB books</source>
        <translation>EPUB китептери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single HTML files</source>
        <translation>Бирдиктүү HTML файлдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files</source>
        <translation>PDF файлдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validating</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {total} ичинен {done}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export Failed</source>
        <translation>Экспорт ишке ашкан жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything exported to that folder before is unchanged.</source>
        <translation>Бул папкага мурда экспорттолгондун баары өзгөрүүсүз калды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The handbook could not be read, so nothing was exported.</source>
        <translation>Окуу куралы окулган жок, ошондуктан эч нерсе экспорттолгон жок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

Correct the file named above and export again.</source>
        <translation>{problem}

Жогоруда аталган файлды оңдоп, кайра экспорттоңуз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handbook could not be exported to {folder}.</source>
        <translation>Окуу куралын {folder} папкасына экспорттоо мүмкүн болгон жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export could not write to {folder}.</source>
        <translation>Экспорт {folder} папкасына жаза алган жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {reason}.

Check that the disk has free space and that you may write to that folder, then export again. {unchanged}</source>
        <translation>{file}: {reason}.

Дискте бош орун бар экенин жана бул папкага жазууга уруксатыңыз бар экенин текшерип, кайра экспорттоңуз. {unchanged}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unexpected error stopped the export to {folder}.</source>
        <translation>Күтүлбөгөн ката {folder} папкасына экспорттоону токтотту.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{error}

{unchanged} Please report this problem, with the details below, to the people who maintain Handbook Studio.</source>
        <translation>{error}

{unchanged} Бул көйгөй тууралуу төмөнкү маалыматтар менен кошо Handbook Studio программасын колдогон адамдарга кабарлаңыз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export cancelled: the folder is as it was before.</source>
        <translation>Экспорт токтотулду: папка мурдагы абалында калды.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Validating the result…</source>
        <translation>Натыйжа текшерилүүдө…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../authoring_app/gui/export_dialog.py" line="+73"/>
        <source>Export Handbook</source>
        <extracomment>False: the export would be refused, so the Export button is off. Shown under the folder field (&quot;&quot; when there is nothing to say). True when ``message`` is a warning rather than a note.</extracomment>
        <translation>Окуу куралын экспорттоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export handbook</source>
        <translation>Окуу куралын экспорттоо</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output folder</source>
        <translation>Чыгаруу папкасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Карап чыгуу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the output folder</source>
        <translation>Чыгаруу папкасын тандоо</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About the output folder</source>
        <translation>Чыгаруу папкасы жөнүндө</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Formats to make</source>
        <translation>Түзүлө турган форматтар</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Validate the result (HTML, accessibility, EPUB and SCORM checks)</source>
        <translation>&amp;Натыйжаны текшерүү (HTML, жеткиликтүүлүк, EPUB жана SCORM текшерүүлөрү)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs the validators installed on this computer and writes report.html; takes a little longer.</source>
        <translation>Бул компьютерге орнотулган валидаторлорду иштетип, report.html жазат; бир аз көбүрөөк убакыт алат.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages to export</source>
        <translation>Экспорттолуучу тилдер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{language} ({code}, source)</source>
        <translation>{language} ({code}, баштапкы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Base URL (optional)</source>
        <translation>Негизги URL (милдеттүү эмес)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://courses.example.edu/handbook/ (optional)</source>
        <translation>https://courses.example.edu/handbook/ (милдеттүү эмес)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output &amp;folder:</source>
        <translation>Чыгаруу &amp;папкасы:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ormats:</source>
        <translation>&amp;Форматтар:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Тилдер:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base &amp;URL:</source>
        <translation>Негизги &amp;URL:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттоо</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose the folder the export goes into.</source>
        <translation>Экспорт жазыла турган папканы тандаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the full path of the folder, or choose it with Browse…</source>
        <translation>Папканын толук жолун жазыңыз же аны тандаңыз: Карап чыгуу…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This folder holds the handbook itself: choose another folder.</source>
        <translation>Бул папкада окуу куралынын өзү турат: башка папканы тандаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is inside the handbook: choose a folder outside {root}.</source>
        <translation>Бул папка окуу куралынын ичинде: {root} папкасынан тышкары папканы тандаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a file, not a folder: choose a folder.</source>
        <translation>Бул папка эмес, файл: папканы тандаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An earlier export in this folder will be replaced.</source>
        <translation>Бул папкадагы мурунку экспорт алмаштырылат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is not empty and was not made by an export. The export replaces its whole folder, so it will not write here: choose an empty or new folder.</source>
        <translation>Бул папка бош эмес жана аны экспорт түзгөн эмес. Экспорт өз папкасын толугу менен алмаштырат, ошондуктан бул жерге жазбайт: бош же жаңы папканы тандаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder is empty: the export will be written into it.</source>
        <translation>Папка бош: экспорт ушул папкага жазылат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder cannot be read ({reason}).</source>
        <translation>Бул папканы окуу мүмкүн эмес ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder will be created.</source>
        <translation>Папка түзүлөт.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the Output Folder</source>
        <translation>Чыгаруу папкасын тандоо</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose at least one format.</source>
        <translation>Жок дегенде бир форматты тандаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One file per language and format goes into the folder, the website into its site folder.</source>
        <translation>Папкага ар бир тил жана формат үчүн бирден файл жазылат, ал эми веб-сайт site папкасына жазылат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per language and format goes into the folder.</source>
        <translation>Папкага ар бир тил жана формат үчүн бирден файл жазылат.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose at least one language.</source>
        <translation>Жок дегенде бир тилди тандаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only for sitemap.xml: search engines need full addresses. Leave empty if unsure.</source>
        <translation>Бир гана sitemap.xml үчүн: издөө системаларына толук даректер керек. Ишенбесеңиз, бош калтырыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A base URL starts with https:// (or http://).</source>
        <translation>Негизги URL https:// (же http://) менен башталат.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../authoring_app/gui/export_formats.py" line="+192"/>
        <source>all</source>
        <extracomment>Format keys, in the order of :data:`EXPORT_FORMATS` (never empty). The chosen languages, in the handbook&apos;s order (never empty). Worker processes for rendering (None: the core&apos;s choice). Tests pass 1 to stay in one process. Run the installed validators on the result and write report.html. The file &quot;Open&quot; shows (the site&apos;s language chooser, a package, a book …); None when there is nothing to open. Pages a reader can open (HTML pages of a website). All files written or kept. Sections rendered this time (the others came from the cache). Files kept unchanged from the previous export. Every output, for validation. With &quot;Validate the result&quot;: report.html, one line per check, and whether a check failed. Source texts, translated when shown (marked with QT_TRANSLATE_NOOP in the &quot;ExportFormats&quot; context). Runs this format&apos;s part of a job; ``progress`` may raise to stop it (cancellation). ``module:function`` of the builder; the format is offered only when it imports. Must run on the GUI thread (QtWebEngine): the controller runs it there, after the export thread.</extracomment>
        <translation>бардык тил</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(first: {message})</source>
        <translation>(биринчиси: {message})</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Website (online and offline)</source>
        <translation>Веб-сайт (онлайн жана офлайн)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static pages for a web server that also work straight from a folder or a USB stick: open index.html.</source>
        <translation>Веб-сервер үчүн статикалык барактар, алар түз эле папкадан же USB флешкадан да иштейт: index.html файлын ачыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Open in browser</source>
        <translation>Браузерде ачуу</translation>
    </message>
    <message>
        <location line="-20"/>
        <location filename="../authoring_app/core/export/formats.py" line="+47"/>
        <source>SCORM 1.2 package</source>
        <extracomment>Every format the app knows, in the dialog&apos;s order.
----------
What it is, for messages and the export dialog (the GUI translates it in the context ``ExportFormats``). The file each language gets: ``{lang}`` is replaced. ``module:function`` of the builder.</extracomment>
        <translation>SCORM 1.2 пакети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .zip per language for Moodle and most other LMSs.</source>
        <translation>Moodle жана башка көпчүлүк LMS үчүн ар бир тилге бир .zip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SCORM 2004 package</source>
        <translation>SCORM 2004 пакети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .zip per language for LMSs that run SCORM 2004 (4th edition).</source>
        <translation>SCORM 2004 (4-басылыш) колдогон LMS үчүн ар бир тилге бир .zip.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EPUB book</source>
        <translation>EPUB китеби</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An EPUB 3 e-book per language, for e-readers and reading apps.</source>
        <translation>Ар бир тилге бир EPUB 3 электрондук китеби: электрондук китеп окугучтар жана окуу колдонмолору үчүн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open book</source>
        <translation>Китепти ачуу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single HTML file</source>
        <translation>Бирдиктүү HTML файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole handbook in one self-contained .html file per language.</source>
        <translation>Ар бир тил үчүн бүтүндөй окуу куралы бир өз алдынча .html файлында.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../authoring_app/core/export/formats.py" line="+24"/>
        <source>PDF for print</source>
        <translation>Басып чыгаруу үчүн PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An A4 PDF per language, for printing.</source>
        <translation>Басып чыгаруу үчүн ар бир тилге бир A4 PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open PDF</source>
        <translation>PDF ачуу</translation>
    </message>
    <message>
        <location filename="../authoring_app/core/export/formats.py" line="-18"/>
        <source>SCORM 2004 (4th edition) package</source>
        <translation>SCORM 2004 (4-басылыш) пакети</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>EPUB 3 book</source>
        <translation>EPUB 3 китеби</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>single HTML file</source>
        <translation>бирдиктүү HTML файл</translation>
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
        <translation>Экспорт аяктады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export finished</source>
        <translation>Экспорт аяктады</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export is ready.</source>
        <translation>Экспорт даяр.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The export is ready, with %n problems.</source>
        <translation>
            <numerusform>Экспорт даяр, %n көйгөй бар.</numerusform>
            <numerusform>Экспорт даяр, %n көйгөй бар.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n барак</numerusform>
            <numerusform>%n барак</numerusform>
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
        <translation>{pages} (бардыгы {files}), {seconds} с ичинде {folder} папкасына жазылды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export summary</source>
        <translation>Экспорттун жыйынтыгы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No section had to be rendered again: all came from the cache.</source>
        <translation>Бир да бөлүмдү кайра түзүүнүн кереги болгон жок: баары кэштен алынды.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sections rendered now</source>
        <translation>
            <numerusform>%n бөлүм азыр түзүлдү</numerusform>
            <numerusform>%n бөлүм азыр түзүлдү</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n files unchanged since the last export.</source>
        <translation>
            <numerusform>%n файл акыркы экспорттон бери өзгөргөн жок.</numerusform>
            <numerusform>%n файл акыркы экспорттон бери өзгөргөн жок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sections rendered now.</source>
        <translation>
            <numerusform>%n бөлүм азыр түзүлдү.</numerusform>
            <numerusform>%n бөлүм азыр түзүлдү.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems found</source>
        <translation>Табылган көйгөйлөр</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pages concerned are still published. Correct the files named below and export again:</source>
        <translation>Тиешелүү барактар баары бир жарыяланды. Төмөндө аталган файлдарды оңдоп, кайра экспорттоңуз:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problems found.</source>
        <translation>Эч кандай көйгөй табылган жок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open report</source>
        <translation>Отчетту ачуу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show folder</source>
        <translation>Папканы көрсөтүү</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Validation results</source>
        <translation>Текшерүүнүн натыйжалары</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation found problems (✗). Open the report for the details:</source>
        <translation>Текшерүү көйгөйлөрдү тапты (✗). Толук маалымат үчүн отчетту ачыңыз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation found no problem. — marks a check whose validator is not installed:</source>
        <translation>Текшерүү эч кандай көйгөй тапкан жок. — белгиси валидатору орнотулбаган текшерүүнү билдирет:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot Open</source>
        <translation>Ачуу мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program to open {path} was found. Open it from your file manager.</source>
        <translation>{path} ача турган программа табылган жок. Аны файл менеджеринен ачыңыз.</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <location filename="../authoring_app/gui/external_changes.py" line="+161"/>
        <source>{file} changed on disk but cannot be read ({error}); your text stays in the editor.</source>
        <translation>{file} дискте өзгөрдү, бирок аны окуу мүмкүн эмес ({error}); текстиңиз редактордо калат.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} was changed by another program and reloaded (Ctrl+Z brings back the text before).</source>
        <translation>{file} файлын башка программа өзгөрттү, ал кайра жүктөлдү (Ctrl+Z мурунку текстти кайтарат).</translation>
    </message>
    <message numerus="yes">
        <location line="-56"/>
        <source>%n file(s) deleted or renamed</source>
        <extracomment>How long the segment grid&apos;s refresh waits for the translator to finish editing a cell. A burst of outside changes was handled: the ``frozenset`` of files it touched.</extracomment>
        <translation>
            <numerusform>%n файл өчүрүлдү же аты өзгөртүлдү</numerusform>
            <numerusform>%n файл өчүрүлдү же аты өзгөртүлдү</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted or renamed by another program (%n file(s)): {files}. Your text is still open in the app, unsaved, and in the recovery copy: save it to write the file again, or copy the text elsewhere.</source>
        <translation>
            <numerusform>Башка программа өчүргөн же атын өзгөрткөн файлдар (%n): {files}. Текстиңиз дагы эле колдонмодо ачык, сакталбаган жана калыбына келтирүү көчүрмөсүндө турат: файлды кайра жазуу үчүн аны сактаңыз же текстти башка жерге көчүрүңүз.</numerusform>
            <numerusform>Башка программа өчүргөн же атын өзгөрткөн файлдар (%n): {files}. Текстиңиз дагы эле колдонмодо ачык, сакталбаган жана калыбына келтирүү көчүрмөсүндө турат: файлды кайра жазуу үчүн аны сактаңыз же текстти башка жерге көчүрүңүз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{file}: the version on disk could not be copied ({error}), so nothing was changed; saving will ask before it replaces that version.</source>
        <translation>{file}: дисктеги нусканы көчүрүү мүмкүн болгон жок ({error}), ошондуктан эч нерсе өзгөртүлгөн жок; сактаганда колдонмо ал нусканы алмаштыруудан мурун сурайт.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: your text is kept; saving replaces the version on disk, copied to {copy}.</source>
        <translation>{file}: текстиңиз калтырылды; сактаганда дисктеги нуска алмаштырылат, ал {copy} ичине көчүрүлдү.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: the version on disk was loaded.</source>
        <translation>{file}: дисктеги нуска жүктөлдү.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: the merged text is in the editor, not saved yet.</source>
        <translation>{file}: бириктирилген текст редактордо, азырынча сакталган жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} changed on disk; saving will ask before it replaces that change.</source>
        <translation>{file} дискте өзгөрдү; сактоо бул өзгөртүүнү алмаштыруудан мурун сурайт.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>handbook.toml was changed by another program and cannot be read ({error}); the contents shown are as before. Correct the file to see the new contents.</source>
        <translation>handbook.toml файлын башка программа өзгөрттү жана аны окуу мүмкүн эмес ({error}); мазмуну мурункудай көрсөтүлгөн. Жаңы мазмунду көрүү үчүн файлды оңдоңуз.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>handbook.toml was changed by another program: the contents were reloaded.</source>
        <translation>handbook.toml файлын башка программа өзгөрттү: мазмуну кайра жүктөлдү.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The section {slug} is no longer in handbook.toml; its text stays open.</source>
        <translation>{slug} бөлүмү мындан ары handbook.toml ичинде жок; анын тексти ачык калат.</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <location filename="../authoring_app/gui/media_form.py" line="+123"/>
        <source>&amp;Remove</source>
        <translation>&amp;Алып салуу</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../authoring_app/gui/editor/find_replace.py" line="+68"/>
        <source>Find and replace</source>
        <extracomment>How many matches are painted in the text at most (counting goes on beyond it).</extracomment>
        <translation>Табуу жана алмаштыруу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Табуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to find</source>
        <translation>Изделүүчү текст</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with</source>
        <translation>Эмнеге алмаштыруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement text</source>
        <translation>Алмаштыруучу текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With regular expressions, \1 or \g&lt;name&gt; inserts a matched group</source>
        <translation>Туруктуу туюнтмаларда \1 же \g&lt;name&gt; дал келген топту кыстарат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match &amp;case</source>
        <translation>&amp;Регистрди эске алуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Регистрди эске алуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>Б&amp;үтүн сөздөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words only</source>
        <translation>Бүтүн сөздөр гана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gular expression</source>
        <translation>&amp;Туруктуу туюнтма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Туруктуу туюнтма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python regular expressions; refer to groups as \1 in the replacement</source>
        <translation>Python туруктуу туюнтмалары; алмаштыруу текстинде топторго \1 түрүндө шилтеңиз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Мурунку</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Мурунку дал келүүнү табуу (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Кийинки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the next match (F3)</source>
        <translation>Кийинки дал келүүнү табуу (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Алмаштыруу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace this match and find the next</source>
        <translation>Бул дал келүүнү алмаштырып, кийинкисин табуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;all</source>
        <translation>&amp;Баарын алмаштыруу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace every match</source>
        <translation>Бардык дал келүүлөрдү алмаштыруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Escape)</source>
        <translation>Издөө панелин жабуу (Escape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find bar</source>
        <translation>Издөө панелин жабуу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search result</source>
        <translation>Издөө натыйжасы</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Find…</source>
        <translation>&amp;Табуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Алмаштыруу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;next</source>
        <translation>Ки&amp;йинкисин табуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find pre&amp;vious</source>
        <translation>&amp;Мурункусун табуу</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>%n дал келүү алмаштырылды</numerusform>
            <numerusform>%n дал келүү алмаштырылды</numerusform>
        </translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Invalid replacement: {error}</source>
        <translation>Алмаштыруу тексти жараксыз: {error}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{current} of {total}</source>
        <translation>{total} ичинен {current}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}, from the top</source>
        <translation>{total} ичинен {current}, башынан баштап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}, from the end</source>
        <translation>{total} ичинен {current}, аягынан баштап</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid regular expression: {error}</source>
        <translation>Туруктуу туюнтма жараксыз: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No matches</source>
        <translation>Дал келүү жок</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n дал келүү</numerusform>
            <numerusform>%n дал келүү</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <location filename="../authoring_app/gui/editor/formatting.py" line="+346"/>
        <source>&amp;Bold</source>
        <translation>&amp;Жоон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text bold</source>
        <translation>Тандалган текстти жоон кылуу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text italic</source>
        <translation>Тандалган текстти курсив кылуу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inline &amp;code</source>
        <translation>Текст &amp;ичиндеги код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected text as code</source>
        <translation>Тандалган текстти код катары белгилөө</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Link…</source>
        <translation>&amp;Шилтеме…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text a link</source>
        <translation>Тандалган текстти шилтеме кылуу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heading &amp;{level}</source>
        <translation>Аталыш &amp;{level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line a heading of level {level}</source>
        <translation>Учурдагы сапты {level}-деңгээлдеги аталыш кылуу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Абзац</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line plain text</source>
        <translation>Учурдагы сапты жөнөкөй текст кылуу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;ulleted list</source>
        <translation>&amp;Маркерленген тизме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a bulleted list</source>
        <translation>Тандалган саптарды маркерленген тизме кылуу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Numbered list</source>
        <translation>&amp;Номерленген тизме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a numbered list</source>
        <translation>Тандалган саптарды номерленген тизме кылуу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Block &amp;quote</source>
        <translation>&amp;Цитата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote the selected lines</source>
        <translation>Тандалган саптарды цитата кылуу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code bl&amp;ock</source>
        <translation>Код &amp;блогу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected lines in a code block</source>
        <translation>Тандалган саптарды код блогуна салуу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Table</source>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a table with three columns and two rows</source>
        <translation>Үч мамычасы жана эки сабы бар таблица кыстаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Мамыча</translation>
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
        <translation>Бөлүмдүн маалыматтары</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Front matter problems</source>
        <translation>Метамаалымат блогундагы көйгөйлөр</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section&apos;s title, as shown in the contents</source>
        <translation>Бөлүмдүн мазмунда көрсөтүлгөн аталышы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Кыскача мазмуну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two sentences for the contents page and search</source>
        <translation>Мазмун барагы жана издөө үчүн бир-эки сүйлөм</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keywords</source>
        <translation>Ачкыч сөздөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Separated by commas</source>
        <translation>Үтүр менен бөлүнгөн</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Authors</source>
        <translation>Авторлор</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Кыскача мазмуну:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keywords:</source>
        <translation>Ачкыч &amp;сөздөр:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au&amp;thors:</source>
        <translation>Ав&amp;торлор:</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Line {line}: {problem}</source>
        <translation>{line}-сап: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the front matter in the text; the form is read-only until then.</source>
        <translation>Тексттеги метамаалымат блогун оңдоңуз; ага чейин форма окуу үчүн гана.</translation>
    </message>
</context>
<context>
    <name>InsertAudioDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="+232"/>
        <source>Insert Audio</source>
        <translation>Аудио кыстаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert audio</source>
        <translation>Аудио кыстаруу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an audio file</source>
        <translation>Аудио файлды тандоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recording chosen yet</source>
        <translation>Жаздырма али тандала элек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption of the recording</source>
        <translation>Жаздырманын коштомо жазуусу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown above the player, e.g. who speaks about what</source>
        <translation>Ойноткучтун үстүндө көрсөтүлөт, мисалы, ким эмне жөнүндө сүйлөйт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;transcript files, one per language</source>
        <translation>&amp;Транскрипт файлдарын түзүү, ар бир тилге бирден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create transcript files for each language</source>
        <translation>Ар бир тил үчүн транскрипт файлдарын түзүү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audio &amp;file:</source>
        <translation>Аудио &amp;файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>Коштомо &amp;жазуу:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording is copied as it is (Ogg or MP3 play everywhere). Languages: {languages}.</source>
        <translation>Жаздырма өзгөрүүсүз көчүрүлөт (Ogg же MP3 бардык жерде ойнотулат). Тилдер: {languages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Recording</source>
        <translation>Жаздырманы тандоо</translation>
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
        <translation>Окуу куралынын медиа папкасында ар бир тилге бирден төмөнкү транскрипт файлдары түзүлдү. Жаздырмада айтылгандарды аларга жазыңыз (Markdown):

{files}</translation>
    </message>
</context>
<context>
    <name>InsertImageDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_image_dialog.py" line="+70"/>
        <source>Insert Image</source>
        <translation>Сүрөт кыстаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert image</source>
        <translation>Сүрөт кыстаруу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose file…</source>
        <translation>Файлды &amp;тандоо…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an image file</source>
        <translation>Сүрөт файлын тандоо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No image chosen yet</source>
        <translation>Сүрөт али тандала элек</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop an image here or choose a file</source>
        <translation>Сүрөттү ушул жерге сүйрөп таштаңыз же файлды тандаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the image</source>
        <translation>Сүрөттү алдын ала көрүү</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image size</source>
        <translation>Сүрөттүн өлчөмү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt text (required)</source>
        <translation>Альтернативдик текст (милдеттүү)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the image shows, for readers who cannot see it. Required.</source>
        <translation>Сүрөттө эмне көрсөтүлгөнү — аны көрө албаган окурмандар үчүн. Милдеттүү.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the image shows, e.g. “Students working in pairs”</source>
        <translation>Сүрөттө эмне көрсөтүлгөнү, мисалы, «Жуп болуп иштеген студенттер»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alt text is required: readers with a screen reader hear it instead of seeing the image.</source>
        <translation>Альтернативдик текст милдеттүү: экран окугучун колдонгон окурмандар сүрөттү көрүүнүн ордуна ушул текстти угушат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why alt text is needed</source>
        <translation>Альтернативдик текст эмне үчүн керек</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caption (optional)</source>
        <translation>Коштомо жазуу (милдеттүү эмес)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown under the image (optional)</source>
        <translation>Сүрөттүн астында көрсөтүлөт (милдеттүү эмес)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert</source>
        <translation>&amp;Кыстаруу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image &amp;file:</source>
        <translation>Сүрөт &amp;файлы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Alt text (required):</source>
        <translation>&amp;Альтернативдик текст (милдеттүү):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ption:</source>
        <translation>Коштомо &amp;жазуу:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an Image</source>
        <translation>Сүрөттү тандоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({patterns})</source>
        <translation>Сүрөттөр ({patterns})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pasted image</source>
        <translation>Коюлган сүрөт</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This Image Cannot Be Used</source>
        <translation>Бул сүрөттү колдонуу мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No preview available</source>
        <translation>Алдын ала көрүү жеткиликсиз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SVG drawing: stored as it is, sharp at any size.</source>
        <translation>SVG сүрөтү: өзгөрүүсүз сакталат, каалаган өлчөмдө так көрүнөт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{width} × {height} pixels: will be scaled down to {final_width} × {final_height} pixels, large enough for any screen.</source>
        <translation>{width} × {height} пиксел: {final_width} × {final_height} пикселге чейин кичирейтилет, бул каалаган экран үчүн жетиштүү.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{width} × {height} pixels.</source>
        <translation>{width} × {height} пиксел.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera data (such as the location) will be removed.</source>
        <translation>Камеранын маалыматтары (мисалы, тартылган жери) өчүрүлөт.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The Image Was Not Inserted</source>
        <translation>Сүрөт кыстарылган жок</translation>
    </message>
</context>
<context>
    <name>InsertVideoDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="-108"/>
        <source>Insert Video</source>
        <translation>Видео кыстаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert video</source>
        <translation>Видео кыстаруу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a video file</source>
        <translation>Видео файлды тандоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No video chosen yet</source>
        <translation>Видео али тандала элек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption under the player</source>
        <translation>Ойноткучтун астындагы коштомо жазуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown under the player, e.g. what the video is about</source>
        <translation>Ойноткучтун астында көрсөтүлөт, мисалы, видео эмне жөнүндө экени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;caption files (.vtt), one per language</source>
        <translation>&amp;Субтитр файлдарын (.vtt) түзүү, ар бир тилге бирден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create caption files for each language</source>
        <translation>Ар бир тил үчүн субтитр файлдарын түзүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose poster…</source>
        <translation>Постерди тандоо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a poster image</source>
        <translation>Постер сүрөтүн тандоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (optional)</source>
        <translation>Жок (милдеттүү эмес)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the poster image</source>
        <translation>Постер сүрөтүн алып салуу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Video file:</source>
        <translation>&amp;Видео файлы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Poster:</source>
        <translation>&amp;Постер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>Коштомо &amp;жазуу:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is copied as it is (WebM or MP4 play everywhere). Languages: {languages}.</source>
        <translation>Видео өзгөрүүсүз көчүрүлөт (WebM же MP4 бардык жерде ойнотулат). Тилдер: {languages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Video</source>
        <translation>Видеону тандоо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Videos ({patterns})</source>
        <translation>Видеолор ({patterns})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Poster Image</source>
        <translation>Постер сүрөтүн тандоо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images ({patterns})</source>
        <translation>Сүрөттөр ({patterns})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>These caption files were created in the handbook&apos;s media folder, one per language. Write the captions into them (WebVTT):

{files}</source>
        <translation>Окуу куралынын медиа папкасында ар бир тилге бирден төмөнкү субтитр файлдары түзүлдү. Субтитрлерди аларга жазыңыз (WebVTT):

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
        <translation>Система боюнча</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the interface</source>
        <translation>Интерфейстин тили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used the next time Handbook Studio starts.</source>
        <translation>Жаңы тил Handbook Studio кийинки жолу ишке киргенде колдонулат.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
</context>
<context>
    <name>LanguageColumn</name>
    <message>
        <location filename="../authoring_app/gui/translation/side_by_side_column.py" line="+56"/>
        <source>Language of this column</source>
        <extracomment>The user picked another language in the header&apos;s picker. The editor took the focus: this is the column Ctrl+S saves and whose segment is highlighted.</extracomment>
        <translation>Бул мамычанын тили</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>● unsaved</source>
        <translation>● сакталган эмес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This column has unsaved changes</source>
        <translation>Бул мамычада сакталбаган өзгөртүүлөр бар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation status of this column</source>
        <translation>Бул мамычанын котормо абалы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Алдын ала көрүү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the page of this language below</source>
        <translation>Бул тилдеги баракты төмөндө көрсөтүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this language in the section editor</source>
        <translation>Бул тилди бөлүм редакторунда ачуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this column</source>
        <translation>Бул мамычаны алып салуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove column</source>
        <translation>Мамычаны алып салуу</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{language} text</source>
        <translation>{language} текст</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Source language</source>
        <translation>Баштапкы тил</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n outdated</source>
        <translation>
            <numerusform>%n эскирген</numerusform>
            <numerusform>%n эскирген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n жетишпеген</numerusform>
            <numerusform>%n жетишпеген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n extra</source>
        <translation>
            <numerusform>%n ашыкча</numerusform>
            <numerusform>%n ашыкча</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date</source>
        <translation>Актуалдуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counts} (against {pivot})</source>
        <translation>{counts} ({pivot} нускасына салыштырмалуу)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{file} (new file)</source>
        <translation>{file} (жаңы файл)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the recovery copy: {error}</source>
        <translation>Калыбына келтирүү көчүрмөсүн жазуу мүмкүн болгон жок: {error}</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <location filename="../authoring_app/gui/languages.py" line="+13"/>
        <source>Bulgarian</source>
        <translation>Болгарча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Орусча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Англисче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Казакча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>Кыргызча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajik</source>
        <translation>Тажикче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmen</source>
        <translation>Түркмөнчө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>Өзбекче</translation>
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
        <translation>&amp;Жаңы окуу куралы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Handbook…</source>
        <translation>Окуу куралын &amp;ачуу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a handbook folder (the one holding handbook.toml)</source>
        <translation>Окуу куралынын папкасын ачуу (handbook.toml файлы бар папка)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>А&amp;кыркы ачылгандар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттоо…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the handbook as a website that also works offline</source>
        <translation>Окуу куралын офлайн да иштеген веб-сайт катары жарыялоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>Ке&amp;сип алуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>Кө&amp;чүрүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation>Ко&amp;юу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>&amp;Баарын тандоо</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Preferences…</source>
        <translation>Жөн&amp;дөөлөр…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ormat</source>
        <translation>Фор&amp;мат</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insert</source>
        <translation>&amp;Кыстаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image…</source>
        <translation>&amp;Сүрөт…</translation>
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
        <translation>Тү&amp;зүлүш</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;View</source>
        <translation>Кө&amp;рүнүш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Preview</source>
        <translation>&amp;Алдын ала көрүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;Системадагыдай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Жарык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Караңгы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Жайгашууну калыбына келтирүү</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Handbook Studio</source>
        <translation>Handbook Studio &amp;жөнүндө</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Негизги куралдар панели</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>{file}: only images, video and audio can be dropped into a section</source>
        <translation>{file}: бөлүмгө сүрөт, видео жана аудиону гана сүйрөп таштоого болот</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(none yet)</source>
        <translation>(азырынча жок)</translation>
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
        <translation>Окуу куралынын аталышы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handbook folder</source>
        <translation>Окуу куралынын папкасы</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Editor area</source>
        <translation>Редактор аймагы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section being edited</source>
        <translation>Түзөтүлүп жаткан бөлүм</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the section being edited</source>
        <translation>Түзөтүлүп жаткан бөлүмдүн тили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this section in another language</source>
        <translation>Бул бөлүмдү башка тилде түзөтүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Handbook summary</source>
        <translation>Окуу куралына сереп</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words and characters</source>
        <translation>Сөздөр жана символдор</translation>
    </message>
    <message>
        <location line="+125"/>
        <location filename="../authoring_app/gui/structure_follow.py" line="+70"/>
        <source>Cannot open section</source>
        <extracomment>The section the window is on (the Write mode edits it; the other modes show it), and its language.</extracomment>
        <translation>Бөлүмдү ачуу мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved {file}</source>
        <translation>{file} сакталды</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} has changes that are not saved.</source>
        <translation>{file} файлында сакталбаган өзгөртүүлөр бар.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Handbook</source>
        <translation>Окуу куралын ачуу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Handbook — choose a new folder</source>
        <translation>Жаңы окуу куралы — жаңы папканы тандаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>New Handbook</source>
        <translation>Жаңы окуу куралы</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Title of the handbook:</source>
        <translation>Окуу куралынын аталышы:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language codes, the source language first (e.g. bg, ru, en):</source>
        <translation>Тил коддору, адегенде баштапкы тил (мисалы, bg, ru, en):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the handbook</source>
        <translation>Окуу куралын түзүү мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+2"/>
        <source>No handbook open</source>
        <translation>Ачык окуу куралы жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a handbook folder with File → Open Handbook…</source>
        <translation>Окуу куралынын папкасын ачыңыз: Файл → Окуу куралын ачуу…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+87"/>
        <source>%n sections · languages {languages}</source>
        <translation>
            <numerusform>%n бөлүм · тилдер: {languages}</numerusform>
            <numerusform>%n бөлүм · тилдер: {languages}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Double-click a section (or press Enter) to write it here.</source>
        <translation>Бөлүмдү бул жерде жазуу үчүн аны эки жолу чыкылдатыңыз (же Enter баскычын басыңыз).</translation>
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
        <translation> (жаңы котормо: биринчи сактаганда жазылат)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{words} words · {characters} characters</source>
        <translation>{words} сөз · {characters} символ</translation>
    </message>
    <message>
        <location filename="../authoring_app/gui/structure_follow.py" line="-42"/>
        <source>The structure was not changed: save the open text first.</source>
        <translation>Түзүлүш өзгөртүлгөн жок: адегенде ачык текстти сактаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file} before changing the structure</source>
        <translation>Түзүлүштү өзгөртүүдөн мурун {file} сакталды</translation>
    </message>
    <message>
        <location filename="../authoring_app/gui/window_dialogs.py" line="+26"/>
        <source>Cannot open handbook</source>
        <translation>Окуу куралын ачуу мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample handbook could not be opened.</source>
        <translation>Үлгү окуу куралын ачуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handbook in {path} could not be opened.</source>
        <translation>{path} ичиндеги окуу куралын ачуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore unsaved text?</source>
        <translation>Сакталбаган текстти калыбына келтиресизби?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has text that was typed but not saved (the app ended before it was saved).</source>
        <translation>{file} файлында терилген, бирок сакталбаган текст бар (программа ал сакталганга чейин жабылып калды).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore it into the editor (you can still undo that), or discard it and keep the file as saved?</source>
        <translation>Аны редакторго калыбына келтиресизби (муну кийин жокко чыгарууга болот), же аны таштап, файлды сакталган абалында калтырасызбы?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Таштоо</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unsaved changes</source>
        <translation>Сакталбаган өзгөртүүлөр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before you go on?</source>
        <translation>Улантуудан мурун аларды сактайсызбы?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file changed on disk</source>
        <translation>Файл дискте өзгөрдү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Anyway</source>
        <translation>Баары бир сактоо</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot save</source>
        <translation>Сактоо мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Handbook Studio</source>
        <translation>Handbook Studio жөнүндө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Handbook Studio {version}&lt;/h3&gt;&lt;p&gt;Write a multilingual, multimedia university handbook offline, keep every translation in step with the source, and publish it as a website, SCORM, EPUB and PDF.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handbook Studio {version}&lt;/h3&gt;&lt;p&gt;Көп тилдүү, мультимедиалык университеттик окуу куралын офлайн жазыңыз, ар бир котормону баштапкы текст менен шайкеш кармаңыз жана аны веб-сайт, SCORM, EPUB жана PDF түрүндө жарыялаңыз.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../authoring_app/gui/editor/markdown_editor.py" line="+66"/>
        <source>Section text</source>
        <extracomment>``(words, characters)`` of the prose (front matter and Markdown marks left out), after a pause in typing. Local files were dropped (or pasted from a file manager) on the editor; a list of ``pathlib.Path``. The editor inserts nothing for them; the text cursor is already where the drop happened. An image (not text) was pasted; the ``QImage`` is the clipboard&apos;s picture.</extracomment>
        <translation>Бөлүмдүн тексти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown text of the section, with its front matter at the top</source>
        <translation>Бөлүмдүн Markdown тексти, башында метамаалымат блогу менен</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="+98"/>
        <source>Preferences</source>
        <translation>Жөндөөлөр</translation>
    </message>
</context>
<context>
    <name>PreviewBase</name>
    <message>
        <location filename="../authoring_app/gui/preview/base.py" line="+47"/>
        <source>Preview notice</source>
        <extracomment>True where the preview is the real website page (Chromium), False for the simplified fallback. The page shows this revision of the text now (see :meth:`set_text`). The reader scrolled the preview: the source line now at its top (fractional between two blocks). The reader clicked a block: its first source line. A link to another section was followed: language, slug, fragment. The page must be built again (its process ended). Rendering failed (a bug): the message, also shown in the preview&apos;s notice.</extracomment>
        <translation>Алдын ала көрүү билдирүүсү</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The preview could not show this text: {message}</source>
        <translation>Алдын ала көрүү бул текстти көрсөтө алган жок: {message}</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../authoring_app/gui/problems_panel.py" line="+94"/>
        <source>Problems</source>
        <extracomment>``&lt;lang&gt;/&lt;slug&gt;.md``: a problem in a section file, which the panel can ask to open. Filter values (the combo boxes&apos; item data). Checks still running. A thread has no parent, so closing the panel never destroys a running thread (Qt would abort); it leaves this set when it has finished.</extracomment>
        <translation>Көйгөйлөр</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked yet.</source>
        <translation>Азырынча текшериле элек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of problems</source>
        <translation>Көйгөйлөрдүн жыйынтыгы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors and warnings</source>
        <translation>Каталар жана эскертүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Каталар гана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings only</source>
        <translation>Эскертүүлөр гана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of severity</source>
        <translation>Көйгөйлөрдү деңгээли боюнча көрсөтүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Бардык түрлөрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation QA</source>
        <translation>Котормонун сапатын текшерүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other than translation QA</source>
        <translation>Котормонун сапатын текшерүүдөн башка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of kind</source>
        <translation>Көйгөйлөрдү түрү боюнча көрсөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check again</source>
        <translation>&amp;Кайра текшерүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the handbook again</source>
        <translation>Окуу куралын кайра текшерүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every file of the handbook again (the window stays usable)</source>
        <translation>Окуу куралынын бардык файлдарын кайра текшерүү (терезени колдоно берсеңиз болот)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Табылган көйгөйлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter or double-click a problem to open its place</source>
        <translation>Көйгөйдүн ордун ачуу үчүн Enter баскычын басыңыз же аны эки жолу чыкылдатыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Деңгээли</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Орду</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Көйгөй</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Show:</source>
        <translation>Кө&amp;рсөтүү:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Checking the handbook…</source>
        <translation>Окуу куралы текшерилүүдө…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The check failed; please report this:
%1</source>
        <translation>Текшерүү ишке ашкан жок; бул тууралуу кабарлаңыз:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Ката</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The handbook cannot be loaded: see the problem below.</source>
        <translation>Окуу куралын жүктөө мүмкүн эмес: төмөнкү көйгөйдү караңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ката</numerusform>
            <numerusform>%n ката</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n эскертүү</numerusform>
            <numerusform>%n эскертүү</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n from translation QA)</source>
        <translation>
            <numerusform>(анын ичинен %n — котормонун сапатын текшерүүдөн)</numerusform>
            <numerusform>(анын ичинен %n — котормонун сапатын текшерүүдөн)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n көрсөтүлдү</numerusform>
            <numerusform>%n көрсөтүлдү</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found.</source>
        <translation>Эч кандай көйгөй табылган жок.</translation>
    </message>
</context>
<context>
    <name>ProjectGuard</name>
    <message>
        <location filename="../authoring_app/gui/project_guard.py" line="+152"/>
        <source>Restore from &amp;Backup…</source>
        <extracomment>Who this app is in lock files (tests pose as another app with their own). The app that holds the handbook while this window has it read-only. Why locking is off for this handbook (&quot;&quot; while it works): a reason with a LockReason code.</extracomment>
        <translation>Камдык көчүрмөдөн калы&amp;бына келтирүү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back files of this handbook as one of its backups has them</source>
        <translation>Окуу куралынын файлдарын камдык көчүрмөлөрүнүн бириндеги абалына кайтаруу</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The backup of the changed files failed: {reason} Close anyway?</source>
        <translation>Өзгөргөн файлдардын камдык көчүрмөсү жасалган жок: {reason} Баары бир жабуу керекпи?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your files in the handbook are as you saved them; only the backup copy of this session is missing.</source>
        <translation>Окуу куралындагы файлдарыңыз сиз сактаган абалында; бул сеанстын камдык көчүрмөсү гана жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Anyway</source>
        <translation>Баары бир жабуу</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Locking is on again for this handbook: no other app can open it for writing now.</source>
        <translation>Бул окуу куралы үчүн кулпулоо кайра күйдү: эми башка программа аны жазуу үчүн ача албайт.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other app has closed the handbook: you can write in it now.</source>
        <translation>Башка программа окуу куралын жапты: эми ага жаза аласыз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You have taken the handbook over: you can write in it now.</source>
        <translation>Окуу куралын өзүңүзгө алдыңыз: эми ага жаза аласыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take over the handbook?</source>
        <translation>Окуу куралын өзүңүзгө аласызбы?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If Handbook Studio still runs there, you could overwrite each other&apos;s changes. Take the handbook over only when that app has been closed or its user agrees: it becomes read-only there.</source>
        <translation>Эгер Handbook Studio ал жакта дагы эле иштеп жатса, бири-бириңиздин өзгөртүүлөрүңүздү кайра жазып салышыңыз мүмкүн. Окуу куралын ал программа жабылганда же анын колдонуучусу макул болгондо гана өзүңүзгө алыңыз: ал жакта ал окуу үчүн гана болуп калат.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Over</source>
        <translation>Өзүмө алуу</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {user} has this handbook open on {host} (process {pid}) since {since}. You can read everything; to write, close it there, or take it over.</source>
        <translation>&lt;b&gt;Окуу үчүн гана.&lt;/b&gt; {user} бул окуу куралын {since} баштап {host} компьютеринде ачып турат (процесс {pid}). Баарын окуй аласыз; жазуу үчүн аны ал жерде жабыңыз же өзүңүзгө алыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {user} on {host} (process {pid}) took this handbook over at {since}. Unsaved text stays in the editor; take the handbook back to save it here.</source>
        <translation>&lt;b&gt;Окуу үчүн гана.&lt;/b&gt; {host} компьютериндеги {user} (процесс {pid}) бул окуу куралын {since} убагында өзүнө алды. Сакталбаган текст редактордо калат; аны бул жерде сактоо үчүн окуу куралын кайра өзүңүзгө алыңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>Backed up %n changed file(s) of the handbook.</source>
        <translation>
            <numerusform>Окуу куралынын өзгөргөн %n файлынын камдык көчүрмөсү жасалды.</numerusform>
            <numerusform>Окуу куралынын өзгөргөн %n файлынын камдык көчүрмөсү жасалды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+247"/>
        <source>The backup failed</source>
        <translation>Камдык көчүрмө жасалган жок</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Took over a lock file that was damaged (perhaps by a sync program).</source>
        <translation>Бузулган кулпу файлы алынды (балким, шайкештирүү программасы бузгандыр).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took over a lock that was left behind.</source>
        <translation>Калып калган кулпу алынды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took over the lock {user} left on {host}: that app&apos;s process {pid} has ended.</source>
        <translation>{user} {host} компьютеринде калтырган кулпу алынды: ошол программанын {pid} процесси аяктаган.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took over the lock {user} left on {host}: that app&apos;s process {pid} has ended (the number belongs to another program now).</source>
        <translation>{user} {host} компьютеринде калтырган кулпу алынды: ошол программанын {pid} процесси аяктаган (бул номер эми башка программаныкы).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Took over the lock {user} left on {host}: that app has given no sign of life for %n minute(s).</source>
        <translation>
            <numerusform>{user} {host} компьютеринде калтырган кулпу алынды: ошол программа %n мүнөттөн бери жашоо белгисин берген жок.</numerusform>
            <numerusform>{user} {host} компьютеринде калтырган кулпу алынды: ошол программа %n мүнөттөн бери жашоо белгисин берген жок.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Took over the lock {user} left on {host}.</source>
        <translation>{user} {host} компьютеринде калтырган кулпу алынды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locking is off for this handbook: the lock file {file} cannot be written or read ({error}). Another app could open the handbook for writing at the same time.</source>
        <translation>Бул окуу куралы үчүн кулпулоо өчүк: {file} кулпу файлын жазуу же окуу мүмкүн эмес ({error}). Башка программа окуу куралын бир эле учурда жазуу үчүн ачышы мүмкүн.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locking is off for this handbook: the lock file cannot be written or read ({error}). Another app could open the handbook for writing at the same time.</source>
        <translation>Бул окуу куралы үчүн кулпулоо өчүк: кулпу файлын жазуу же окуу мүмкүн эмес ({error}). Башка программа окуу куралын бир эле учурда жазуу үчүн ачышы мүмкүн.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{error}

Your files in the handbook are as you saved them; only the backup copy is missing.</source>
        <translation>{error}

Окуу куралындагы файлдарыңыз сиз сактаган абалында; камдык көчүрмө гана жок.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not backed up: {problems}</source>
        <translation>Камдык көчүрмөгө кирген жок: {problems}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} has unsaved changes in an open editor: save or discard them first, then restore it.</source>
        <translation>{file} файлында ачык редактордо сакталбаган өзгөртүүлөр бар: адегенде аларды сактаңыз же таштаңыз, андан кийин файлды калыбына келтириңиз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} was restored but cannot be read: {error}</source>
        <translation>{file} калыбына келтирилди, бирок аны окуу мүмкүн эмес: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Restored %n file(s) from the backup.</source>
        <translation>
            <numerusform>Камдык көчүрмөдөн %n файл калыбына келтирилди.</numerusform>
            <numerusform>Камдык көчүрмөдөн %n файл калыбына келтирилди.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>someone</source>
        <translation>кимдир бирөө</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{user} has this handbook open on {host} (process {pid}) since {since}.</source>
        <translation>{user} бул окуу куралын {since} баштап {host} компьютеринде ачып турат (процесс {pid}).</translation>
    </message>
</context>
<context>
    <name>ProjectTree</name>
    <message>
        <location filename="../authoring_app/gui/project_tree.py" line="+71"/>
        <source>Handbook contents</source>
        <extracomment>Item data: what a row stands for (&quot;part&quot; or &quot;section&quot;) and its slug. The user asked to open a section (double click or Enter); the argument is the section&apos;s slug. The structure changed (a change, undo or redo); the argument is the reloaded Handbook.</extracomment>
        <translation>Окуу куралынын мазмуну</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts and sections of the handbook, and the languages each section is written in. F2 renames, Delete deletes, Alt+Up and Alt+Down move the selected row, the context menu has more.</source>
        <translation>Окуу куралынын бөлүктөрү жана бөлүмдөрү, ар бир бөлүм жазылган тилдер. F2 атын өзгөртөт, Delete өчүрөт, Alt+Up жана Alt+Down тандалган сапты жылдырат, башка аракеттер контексттик менюда.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Section</source>
        <translation>Бөлүм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section titles in the source language</source>
        <translation>Баштапкы тилдеги бөлүмдөрдүн аталыштары</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{language} (source language)</source>
        <translation>{language} (баштапкы тил)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Part: {title}</source>
        <translation>Бөлүк: {title}</translation>
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
        <translation>{language} нускасы бар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing in {language}</source>
        <translation>{language} нускасы жок</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{language}: {present} of %n sections</source>
        <translation>
            <numerusform>{language}: %n бөлүмдөн {present}</numerusform>
            <numerusform>{language}: %n бөлүмдөн {present}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <location filename="../authoring_app/gui/project_guard.py" line="-464"/>
        <source>Read-only notice</source>
        <translation>Окуу үчүн гана режими жөнүндө билдирүү</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Anyway (&amp;Take Over)…</source>
        <translation>Баары бир ачуу (&amp;өзүмө алуу)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write in this handbook here; the other app can then no longer save it without asking</source>
        <translation>Бул окуу куралына ушул жерде жазуу; андан кийин башка программа аны сурабай сактай албайт</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../authoring_app/gui/recovery_dialog.py" line="+86"/>
        <source>Restore unsaved text?</source>
        <extracomment>The recovery copy (what Discard deletes).</extracomment>
        <translation>Сакталбаган текстти калыбына келтиресизби?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handbook Studio ended before this text was saved (a crash or a power cut). For each section, compare the unsaved text with the file, then restore it into the editor or discard it.</source>
        <extracomment>The section chosen for Restore.</extracomment>
        <translation>Handbook Studio бул текст сакталганга чейин жабылып калды (программа иштен чыкты же электр өчүп калды). Ар бир бөлүм үчүн сакталбаган текстти файл менен салыштырып, аны редакторго калыбына келтириңиз же таштаңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections with unsaved text</source>
        <translation>Сакталбаган тексти бар бөлүмдөр</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file compared with the unsaved text</source>
        <translation>Файл сакталбаган текст менен салыштырганда</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Калыбына келтирүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the section with this text in the editor (not saved yet)</source>
        <translation>Бөлүмдү ушул текст менен редактордо ачуу (азырынча сакталган жок)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Таштоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this unsaved text and keep the file as saved</source>
        <translation>Бул сакталбаган текстти өчүрүп, файлды сакталган абалында калтыруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Кийин &amp;чечүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the unsaved text; opening the section offers it again</source>
        <translation>Сакталбаган текстти калтыруу; бөлүмдү ачканда ал кайра сунушталат</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file as saved</source>
        <translation>Файл сакталган абалында</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unsaved text (recovered)</source>
        <translation>Сакталбаган текст (калыбына келтирилген)</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Unsaved text of %n section(s) is kept from the last session: open one to restore it.</source>
        <translation>
            <numerusform>Мурунку сеанстан %n бөлүмдүн сакталбаган тексти калды: калыбына келтирүү үчүн бөлүмдү ачыңыз.</numerusform>
            <numerusform>Мурунку сеанстан %n бөлүмдүн сакталбаган тексти калды: калыбына келтирүү үчүн бөлүмдү ачыңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="-84"/>
        <source>Safety</source>
        <translation>Коопсуздук</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder of recovery copies and backups</source>
        <extracomment>The folder chosen (None: the data folder).</extracomment>
        <translation>Калыбына келтирүү көчүрмөлөрү жана камдык көчүрмөлөр папкасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data folder: {folder}</source>
        <translation>Маалыматтар папкасы: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Тандоо…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Default</source>
        <translation>&amp;Демейки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the data folder again</source>
        <translation>Кайра маалыматтар папкасын колдонуу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery copies of unsaved text and the backups made on close go to this folder from the next start of Handbook Studio (the handbook command uses it at once). Those made before stay where they are.</source>
        <translation>Сакталбаган тексттин калыбына келтирүү көчүрмөлөрү жана жабууда жасалган камдык көчүрмөлөр Handbook Studio кийинки жолу ишке киргенден тартып ушул папкага түшөт (handbook буйругу аны дароо колдонот). Мурда жасалгандары ордунда калат.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups to keep of each handbook</source>
        <translation>Ар бир окуу куралынын сакталуучу камдык көчүрмөлөрүнүн саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older backups are deleted when a new one is made</source>
        <translation>Жаңы көчүрмө жасалганда эски камдык көчүрмөлөр өчүрүлөт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery and &amp;backup folder:</source>
        <translation>Калыбына келтирүү жана &amp;камдык көчүрмөлөр папкасы:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups to &amp;keep:</source>
        <translation>Сакталуучу көчүрмөлөр &amp;саны:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preferences not saved</source>
        <translation>Жөндөөлөр сакталган жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety settings could not be saved in {file}: {error}</source>
        <translation>Коопсуздук жөндөөлөрүн {file} ичине сактоо мүмкүн болгон жок: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder of Recovery Copies and Backups</source>
        <translation>Калыбына келтирүү көчүрмөлөрү жана камдык көчүрмөлөр папкасы</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../authoring_app/gui/section_editor.py" line="+140"/>
        <source>Could not write the recovery copy: {error}</source>
        <extracomment>Editor scroll events this soon after the preview scrolled it are ours, not the author&apos;s. The section shown changed: language, slug (empty when none).</extracomment>
        <translation>Калыбына келтирүү көчүрмөсүн жазуу мүмкүн болгон жок: {error}</translation>
    </message>
</context>
<context>
    <name>SectionFileSession</name>
    <message>
        <location filename="../authoring_app/gui/section_file_session.py" line="+96"/>
        <source>{file} was not saved: another app has this handbook open, so this window may only read it. Take the handbook over to save here, or discard the changes.</source>
        <extracomment>A recovery copy is written at most this long after a change. The window property that is true while the window&apos;s handbook is open read-only. The recovery copy could not be written: the OSError (the widget says so where it has room). The file&apos;s state or the text changed from outside the editor (reloaded, merged, the file vanished): the widget updates what it shows around the text (labels, the form).</extracomment>
        <translation>{file} сакталган жок: бул окуу куралын башка программа ачкан, ошондуктан бул терезе аны окуй гана алат. Бул жерде сактоо үчүн окуу куралын өзүңүзгө алыңыз же өзгөртүүлөрдөн баш тартыңыз.</translation>
    </message>
</context>
<context>
    <name>SegmentEditorDelegate</name>
    <message>
        <location filename="../authoring_app/gui/translation/segment_grid.py" line="+66"/>
        <source>Segment text</source>
        <translation>Сегменттин тексти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return saves this segment to the file, Escape cancels</source>
        <translation>Ctrl+Return бул сегментти файлга сактайт, Escape баш тартат</translation>
    </message>
</context>
<context>
    <name>SegmentGrid</name>
    <message>
        <location line="+58"/>
        <source>&amp;Languages</source>
        <extracomment>The user asked to open ``lang``/``slug`` at file line ``line`` in the editor (double-click on a cell). The grid wrote ``lang``/``slug``: the section file or its provenance record.</extracomment>
        <translation>&amp;Тилдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the languages shown as columns</source>
        <translation>Мамыча катары көрсөтүлүүчү тилдерди тандоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages shown</source>
        <translation>Көрсөтүлүүчү тилдер</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All segments</source>
        <translation>Бардык сегменттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdated</source>
        <translation>Эскирген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Жетишпеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra</source>
        <translation>Ашыкча</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show rows</source>
        <translation>Саптарды көрсөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all rows, or only rows with an outdated, missing or extra segment</source>
        <translation>Бардык саптарды же эскирген, жетишпеген же ашыкча сегменти бар саптарды гана көрсөтүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсөтүү:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark as Up to Date</source>
        <translation>&amp;Актуалдуу деп белгилөө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected outdated translations still fit the source as it is now</source>
        <translation>Тандалган эскирген котормолор баштапкы тексттин азыркы абалына дагы эле туура келет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;opy Source to Target</source>
        <translation>Баштапкы текстти котормого кө&amp;чүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the selected translation from the source text, then edit it</source>
        <translation>Тандалган котормону баштапкы тексттен баштап, андан кийин аны түзөтүү</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments by language</source>
        <translation>Тилдер боюнча сегменттер</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Segment details and source changes</source>
        <translation>Сегменттин маалыматтары жана баштапкы тексттеги өзгөрүүлөр</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Next Outdated</source>
        <translation>Кийинки эскирген</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next outdated segment</source>
        <translation>Кийинки эскирген сегментке өтүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Outdated</source>
        <translation>Мурунку эскирген</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous outdated segment</source>
        <translation>Мурунку эскирген сегментке өтүү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Missing</source>
        <translation>Кийинки жетишпеген</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next missing segment</source>
        <translation>Кийинки жетишпеген сегментке өтүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Missing</source>
        <translation>Мурунку жетишпеген</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous missing segment</source>
        <translation>Мурунку жетишпеген сегментке өтүү</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No {status} segments in the languages shown</source>
        <translation>Көрсөтүлгөн тилдерде {status} сегменттер жок</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not record that: {error}</source>
        <translation>Муну каттоо мүмкүн болгон жок: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select one or more outdated segments first</source>
        <translation>Адегенде бир же бир нече эскирген сегментти тандаңыз</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n segment(s) marked as up to date</source>
        <translation>
            <numerusform>%n сегмент актуалдуу деп белгиленди</numerusform>
            <numerusform>%n сегмент актуалдуу деп белгиленди</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a cell of a translation first</source>
        <translation>Адегенде котормонун уячасын тандаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This segment has no source text to copy</source>
        <translation>Бул сегменттин көчүрө турган баштапкы тексти жок</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file changed since the grid was shown; it has been read again.</source>
        <translation>Таблица көрсөтүлгөндөн бери файл өзгөрдү; ал кайра окулду.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved {lang}/{slug}.md</source>
        <translation>{lang}/{slug}.md сакталды</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was saved: another app has this handbook open; this window may only read it.</source>
        <translation>Эч нерсе сакталган жок: бул окуу куралын башка программа ачкан; бул терезе аны окуй гана алат.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a cell to see its text and what changed in the source.</source>
        <translation>Текстин жана баштапкы текстте эмне өзгөргөнүн көрүү үчүн уячаны тандаңыз.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What changed in the source since this was translated:</source>
        <translation>Бул которулгандан бери баштапкы текстте эмне өзгөрдү:</translation>
    </message>
</context>
<context>
    <name>SegmentGridModel</name>
    <message>
        <location filename="../authoring_app/gui/translation/segment_grid_model.py" line="+127"/>
        <source>{name}: source</source>
        <extracomment>Role of the row key (``paragraph:3``, ``ru/extra:paragraph:1``) in every cell. Role of the cell&apos;s status (``translated`` …, &quot;source&quot; in the source column, None where nothing is compared). The segment of the handbook&apos;s source language (None on a row of an extra segment). The status of the row&apos;s segment in each target language that has one.</extracomment>
        <translation>{name}: баштапкы</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not compared: this language has no counterpart of this row</source>
        <translation>Салыштырылган жок: бул тилде ушул саптын шайкеши жок</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only in the translation: the source has no counterpart</source>
        <translation>Котормодо гана: баштапкы текстте шайкеши жок</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <location filename="../authoring_app/gui/translation/side_by_side.py" line="+78"/>
        <source>Side by side translation</source>
        <extracomment>Statuses are recomputed this long after the last change in any column. Whether any column has unsaved changes. Open this language of the section in the single-language editor, at this file line. A column was saved: language, slug (the project tree may refresh). A short message for the status bar (what a mark means, why something was refused).</extracomment>
        <translation>Катарлаш котормо</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Side by side</source>
        <extracomment>Milliseconds the last status recompute took (all columns). The last status of each language, with the texts it was computed from (target, pivot column&apos;s).</extracomment>
        <translation>Катарлаш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side by side tools</source>
        <translation>Катарлаш режимдин куралдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Column</source>
        <translation>Мамычаны &amp;сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the language whose text has the focus</source>
        <translation>Тексти фокуста турган тилди сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;All</source>
        <translation>&amp;Баарын сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every language with unsaved changes</source>
        <translation>Сакталбаган өзгөртүүлөрү бар бардык тилдерди сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Language</source>
        <translation>&amp;Тил кошуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one more language next to these (up to four)</source>
        <translation>Булардын жанына дагы бир тилди көрсөтүү (төрткө чейин)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Mark</source>
        <translation>&amp;Мурунку белги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Mark</source>
        <translation>&amp;Кийинки белги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next outdated, missing or extra segment</source>
        <translation>Кийинки эскирген, жетишпеген же ашыкча сегментке өтүү</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{files}: changes are not saved.</source>
        <translation>{files}: өзгөртүүлөр сакталган эмес.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+34"/>
        <source>Cannot open</source>
        <translation>Ачуу мүмкүн эмес</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{language} is already shown.</source>
        <translation>{language} нускасы көрсөтүлүп турат.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{file} is not UTF-8 and was not converted.</source>
        <translation>{file} UTF-8 коддоосунда эмес жана айландырылган жок.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Saved {file}</source>
        <translation>{file} сакталды</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} has changes that are not saved.</source>
        <translation>{file} файлында сакталбаган өзгөртүүлөр бар.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore unsaved text?</source>
        <translation>Сакталбаган текстти калыбына келтиресизби?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has text that was typed but not saved (the app ended before it was saved).</source>
        <translation>{file} файлында терилген, бирок сакталбаган текст бар (программа ал сакталганга чейин жабылып калды).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore it into the editor (you can still undo that)?</source>
        <translation>Аны редакторго калыбына келтиресизби (муну кийин жокко чыгарууга болот)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Таштоо</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No more marks in {language}.</source>
        <translation>{language} нускасында башка белги жок.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_chart.py" line="+30"/>
        <source>Translation progress by language</source>
        <translation>Тилдер боюнча котормонун жүрүшү</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{language}: {percent}% translated, {outdated} outdated, {missing} missing</source>
        <translation>{language}: {percent}% которулган, {outdated} эскирген, {missing} жетишпеген</translation>
    </message>
</context>
<context>
    <name>StatusGutter</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_gutter.py" line="+29"/>
        <source>Translation status marks</source>
        <extracomment>Background of each mark; white letters on them keep at least 4.5:1 contrast, on light and dark themes alike.</extracomment>
        <translation>Котормо абалынын белгилери</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks beside the text: O outdated, M missing, E extra; F8 goes to the next one</source>
        <translation>Тексттин жанындагы белгилер: Э — эскирген, Ж — жетишпеген, А — ашыкча; F8 кийинкисине өтөт</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>O</source>
        <comment>gutter mark: outdated segment</comment>
        <translation>Э</translation>
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
        <translation>Эскирген: бул которулгандан бери баштапкы текст өзгөрдү.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: this segment is not translated yet.</source>
        <translation>Жетишпейт: бул сегмент али которула элек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra: this text has no counterpart in the language it is translated from.</source>
        <translation>Ашыкча: бул тексттин ал которулган тилде шайкеши жок.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n segments missing here.</source>
        <translation>
            <numerusform>Бул жерде %n сегмент жетишпейт.</numerusform>
            <numerusform>Бул жерде %n сегмент жетишпейт.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_chart.py" line="+57"/>
        <source>Colour legend</source>
        <translation>Түстөрдүн белгилери</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <location filename="../authoring_app/gui/structure_actions.py" line="+219"/>
        <source>New &amp;Part…</source>
        <translation>Жаңы бө&amp;лүк…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Section…</source>
        <translation>&amp;Жаңы бөлүм…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Атын өзгөртүү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Title…</source>
        <translation>Аталышын &amp;өзгөртүү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>Ө&amp;чүрүү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mo&amp;ve Up</source>
        <translation>Ө&amp;йдө жылдыруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Dow&amp;n</source>
        <translation>Төмө&amp;н жылдыруу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>Жокко чы&amp;гаруу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Structure</source>
        <translation>Түзүлүш</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Rename Part…</source>
        <translation>Бөлүктүн &amp;атын өзгөртүү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Part…</source>
        <translation>Бөлүктү ө&amp;чүрүү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename File…</source>
        <translation>Файлдын &amp;атын өзгөртүү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Section…</source>
        <translation>Бөлүмдү ө&amp;чүрүү…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Part</source>
        <translation>Жаңы бөлүк</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New part “{title}”</source>
        <translation>Жаңы бөлүк «{title}»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New Section</source>
        <translation>Жаңы бөлүм</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New section “{title}”</source>
        <translation>Жаңы бөлүм «{title}»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename File</source>
        <translation>Файлдын атын өзгөртүү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename “{old}” to “{new}”</source>
        <translation>«{old}» атын «{new}» деп өзгөртүү</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change Title</source>
        <translation>Аталышын өзгөртүү</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change title to “{title}”</source>
        <translation>Аталышын «{title}» деп өзгөртүү</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The part “{title}” still holds %n section(s). Move them to another part or delete them first.</source>
        <translation>
            <numerusform>«{title}» бөлүгүндө дагы эле %n бөлүм бар. Адегенде аларды башка бөлүккө жылдырыңыз же өчүрүңүз.</numerusform>
            <numerusform>«{title}» бөлүгүндө дагы эле %n бөлүм бар. Адегенде аларды башка бөлүккө жылдырыңыз же өчүрүңүз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the empty part “{title}”?</source>
        <translation>Бош «{title}» бөлүгүн өчүрөсүзбү?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only its entry in handbook.toml is removed. Structure ▸ Undo brings it back.</source>
        <translation>Анын handbook.toml ичиндеги жазуусу гана өчүрүлөт. Түзүлүш ▸ Жокко чыгаруу аны кайтарат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete part “{slug}”</source>
        <translation>«{slug}» бөлүгүн өчүрүү</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its files ({files}) are moved to the folder .trash inside the handbook, not destroyed; Undo (Ctrl+Z) puts them back.</source>
        <translation>Анын файлдары ({files}) жок кылынбайт, окуу куралынын ичиндеги .trash папкасына жылдырылат; Жокко чыгаруу (Ctrl+Z) аларды кайтарат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n link(s) to it in other sections will be broken, e.g. {where}.</source>
        <translation>
            <numerusform>Башка бөлүмдөрдөгү ага алып баруучу %n шилтеме бузулат, мисалы, {where}.</numerusform>
            <numerusform>Башка бөлүмдөрдөгү ага алып баруучу %n шилтеме бузулат, мисалы, {where}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the section “{title}”?</source>
        <translation>«{title}» бөлүмүн өчүрөсүзбү?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete section “{title}”</source>
        <translation>«{title}» бөлүмүн өчүрүү</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move part “{slug}”</source>
        <translation>«{slug}» бөлүгүн жылдыруу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move section “{slug}”</source>
        <translation>«{slug}» бөлүмүн жылдыруу</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Links to this section in every language are updated.</source>
        <translation>Бардык тилдердеги бул бөлүмгө алып баруучу шилтемелер жаңыртылат.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot change the structure</source>
        <translation>Түзүлүштү өзгөртүү мүмкүн эмес</translation>
    </message>
</context>
<context>
    <name>StructureController</name>
    <message>
        <location line="-370"/>
        <source>The handbook is open read-only: take it over (the bar above) to change its structure.</source>
        <extracomment>What the slug fields accept while typing (core&apos;s SLUG_RE has the last word). The handbook after a change, undo or redo (reloaded from disk). A change, undo or redo was refused; the argument is core&apos;s message (what, where, what to do). A change, undo or redo is about to be applied (the window saves the open section first). The operation just applied (a change, or the inverse an undo ran), after ``handbook_changed``. Another app holds the handbook&apos;s lock (see project_guard): changes are refused. Asked before every change, undo and redo; False stops it (the window saves the open text first, and a failed save must not be followed by a change that rewrites or moves that file).</extracomment>
        <translation>Окуу куралы окуу үчүн гана ачык: түзүлүшүн өзгөртүү үчүн аны өзүңүзгө алыңыз (жогорудагы тилке).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{message}

The undo history was cleared because the files no longer match it.</source>
        <translation>{message}

Файлдар ага мындан ары дал келбегендиктен, жокко чыгаруу тарыхы тазаланды.</translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <location filename="../authoring_app/gui/preview/text_preview.py" line="+23"/>
        <source>Preview of the page (simplified)</source>
        <translation>Баракты алдын ала көрүү (жөнөкөйлөтүлгөн)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simplified preview: the page engine (QtWebEngine) could not start, so quizzes, tabs and the site&apos;s styles are not shown. Reason: {reason}</source>
        <translation>Жөнөкөйлөтүлгөн алдын ала көрүү: барак кыймылдаткычы (QtWebEngine) ишке кирген жок, ошондуктан тесттер, өтмөктөр жана сайттын стилдери көрсөтүлбөйт. Себеби: {reason}</translation>
    </message>
</context>
<context>
    <name>TranslationDashboard</name>
    <message>
        <location filename="../authoring_app/gui/translation/dashboard.py" line="+86"/>
        <source>Dashboard state</source>
        <extracomment>The user asked to open section ``slug`` in language ``lang`` (click, Return or Space on a cell). The counts on screen are complete and current (after :meth:`set_handbook` or :meth:`refresh`).</extracomment>
        <translation>Панелдин абалы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary by language</source>
        <translation>Тилдер боюнча жыйынтык</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Translation status by section and language</source>
        <translation>Бөлүмдөр жана тилдер боюнча котормо абалы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a cell, or press Return, to open that section in that language</source>
        <translation>Бөлүмдү ошол тилде ачуу үчүн уячаны чыкылдатыңыз же Return баскычын басыңыз</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Counting segments…</source>
        <translation>Сегменттер саналууда…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The status could not be counted: {error}</source>
        <translation>Абалды эсептөө мүмкүн болгон жок: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No handbook is open.</source>
        <translation>Бир да окуу куралы ачылган эмес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This handbook has no translations yet: add a language in handbook.toml.</source>
        <translation>Бул окуу куралында азырынча котормо жок: handbook.toml файлына тил кошуңуз.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n sections, source language {source}</source>
        <translation>
            <numerusform>%n бөлүм, баштапкы тил: {source}</numerusform>
            <numerusform>%n бөлүм, баштапкы тил: {source}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Кайсы тилден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Даяр</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(no file yet)</source>
        <translation>(азырынча файл жок)</translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_style.py" line="+30"/>
        <source>translated</source>
        <extracomment>Solid colours (chart bars, legend swatches); cells use them with :data:`CELL_ALPHA`. Opacity of a cell&apos;s tint: translated cells stay quiet so the ones that need work stand out.</extracomment>
        <translation>которулган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outdated</source>
        <translation>эскирген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>жетишпеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra</source>
        <translation>ашыкча</translation>
    </message>
</context>
<context>
    <name>ValidationStatus</name>
    <message>
        <location filename="../authoring_app/core/export/validation.py" line="-4"/>
        <source>passed</source>
        <extracomment>A check&apos;s status; the GUI shows it translated (context ``ValidationStatus``).</extracomment>
        <translation>өттү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>өткөн жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation>текшерилген жок</translation>
    </message>
</context>
<context>
    <name>WebPreview</name>
    <message>
        <location filename="../authoring_app/gui/preview/web_preview.py" line="+147"/>
        <source>Preview of the page</source>
        <extracomment>Schemes a preview page may load: its own files, Qt&apos;s web channel script, inline data. The preview&apos;s scripts, in the page&apos;s head before the site&apos;s own. The page was asked to load itself again (Reload in its menu): its content would go back to the first version. True between :meth:`load_own` and the load it started: the only navigation of the page that is allowed.</extracomment>
        <translation>Баракты алдын ала көрүү</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The preview page could not be loaded; it is built again with your next change.</source>
        <translation>Алдын ала көрүү барагы жүктөлгөн жок; ал кийинки өзгөртүүңүздө кайра түзүлөт.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The preview stopped: Chromium&apos;s page process ended %n times in a minute (code {code}).</source>
        <translation>
            <numerusform>Алдын ала көрүү токтоду: Chromium барак процесси бир мүнөттө %n жолу токтоду (код {code}).</numerusform>
            <numerusform>Алдын ала көрүү токтоду: Chromium барак процесси бир мүнөттө %n жолу токтоду (код {code}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview stopped (Chromium&apos;s page process ended, code {code}); it was started again.</source>
        <translation>Алдын ала көрүү токтоду (Chromium барак процесси токтоду, код {code}); ал кайра ишке киргизилди.</translation>
    </message>
</context>
<context>
    <name>WorkModes</name>
    <message>
        <location filename="../authoring_app/gui/work_modes.py" line="+47"/>
        <source>&amp;Write</source>
        <translation>Жа&amp;зуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One language in the editor beside the live page</source>
        <translation>Редактордо бир тил, жанында жаңыланып турган барак</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages &amp;Side by Side</source>
        <translation>Тилдер &amp;катарлаш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two to four languages of the section as columns, scrolling together</source>
        <translation>Бөлүмдүн экиден төрткө чейинки тили бирге жылган мамычалар түрүндө</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;gments</source>
        <translation>&amp;Сегменттер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every segment of the section with its status in every language</source>
        <translation>Бөлүмдүн ар бир сегменти жана анын ар бир тилдеги абалы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation &amp;Dashboard</source>
        <translation>Котормо &amp;панели</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far every language is, section by section</source>
        <translation>Ар бир тилдин котормо жүрүшү, бөлүм боюнча</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Problems</source>
        <translation>Кө&amp;йгөйлөр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What handbook check finds, translation QA included</source>
        <translation>handbook check тапкан көйгөйлөр, котормонун сапатын текшерүүнү кошо алганда</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cannot open section</source>
        <translation>Бөлүмдү ачуу мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Problems</source>
        <translation>Көйгөйлөр</translation>
    </message>
</context>
<context>
    <name>_MediaBlockDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="-163"/>
        <source>&amp;Insert</source>
        <translation>&amp;Кыстаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Файлды тандоо…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing Was Inserted</source>
        <translation>Эч нерсе кыстарылган жок</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files Created</source>
        <translation>Файлдар түзүлдү</translation>
    </message>
</context>
<context>
    <name>_NameDialog</name>
    <message>
        <location filename="../authoring_app/gui/structure_actions.py" line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 10-peer-review</source>
        <translation>мисалы, 10-peer-review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower-case Latin letters, digits and hyphens; the file is named after it</source>
        <translation>Кичине латын тамгалары, цифралар жана дефистер; файл ушундай аталат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File name:</source>
        <translation>&amp;Файлдын аты:</translation>
    </message>
</context>
</TS>
