<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg_TJ" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../authoring_app/gui/backup_dialog.py" line="+67"/>
        <source>Restore from Backup</source>
        <translation>Барқарорсозӣ аз нусхаи эҳтиётӣ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each time you close this handbook, Handbook Studio backs up the text files that changed. Choose a backup, compare a file with how it is now, check the files to put back and restore them. The versions they replace are backed up first, so a restore can be undone the same way.</source>
        <translation>Ҳар дафъае, ки шумо ин дастурро мебандед, Handbook Studio аз файлҳои матнии тағйирёфта нусхаи эҳтиётӣ месозад. Нусхаи эҳтиётиро интихоб кунед, файлро бо ҳолати ҳозирааш муқоиса кунед, файлҳоеро, ки бояд баргардонида шаванд, қайд кунед ва онҳоро барқарор кунед. Аз версияҳое, ки иваз мешаванд, аввал нусхаи эҳтиётӣ сохта мешавад, бинобар ин барқарорсозиро ҳамин тавр бекор кардан мумкин аст.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups, newest first</source>
        <translation>Нусхаҳои эҳтиётӣ, аз навтарин</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files in the backup</source>
        <translation>Файлҳо дар нусхаи эҳтиётӣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compared with now</source>
        <translation>Дар муқоиса бо ҳозира</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file now and in the backup</source>
        <translation>Файл ҳозир ва дар нусхаи эҳтиётӣ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Older backups are deleted when a new one is made</source>
        <translation>Ҳангоми сохтани нусхаи нав нусхаҳои эҳтиётии кӯҳна нест карда мешаванд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups to keep:</source>
        <translation>&amp;Чанд нусха нигоҳ дошта шавад:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Restore Checked Files</source>
        <translation>&amp;Барқарор кардани файлҳои қайдшуда</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No backups yet: the first one is made when you close this handbook or quit the app.</source>
        <translation>Ҳоло нусхаи эҳтиётӣ нест: нусхаи аввал ҳангоми бастани ин дастур ё баромадан аз барнома сохта мешавад.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was restored. {problem}</source>
        <translation>Ҳеҷ чиз барқарор нашуд. {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not restored: {problem}</source>
        <translation>Барқарор нашуд: {problem}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This backup cannot be used. {problem}</source>
        <translation>Ин нусхаи эҳтиётиро истифода бурдан ғайриимкон аст. {problem}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Restored: {files}.</source>
        <translation>Барқарор шуд: {files}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already as in the backup: {files}.</source>
        <translation>Аллакай мисли нусхаи эҳтиётӣ: {files}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The versions replaced are in the backup of {time}: restore from it to undo this.</source>
        <translation>Версияҳои ивазшуда дар нусхаи эҳтиётии {time} ҳастанд: барои бекор кардани ин амал аз он барқарор кунед.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} · damaged</source>
        <translation>{name} · вайроншуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on close</source>
        <translation>ҳангоми бастан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>дастӣ сохташуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>пеш аз барқарорсозӣ</translation>
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
        <translation>аз ҳозира фарқ дорад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on disk now</source>
        <translation>ҳоло дар диск нест</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>same as now</source>
        <translation>мисли ҳозира</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the line ends (Windows or Unix) or the byte order mark differ; the text is the same.</source>
        <translation>Танҳо анҷоми сатрҳо (Windows ё Unix) ё аломати тартиби байтҳо фарқ мекунанд; матн якхела аст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: {file}</source>
        <translation>Ҳозир: {file}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on disk now</source>
        <translation>Ҳоло дар диск нест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup of {time}</source>
        <translation>Нусхаи эҳтиётии {time}</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <location filename="../authoring_app/gui/backup_words.py" line="+19"/>
        <source>{file} is {megabytes} MB, too large for a backup.</source>
        <translation>{file} {megabytes} МБ аст — барои нусхаи эҳтиётӣ хеле калон.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read ({error}).</source>
        <translation>{file}-ро хондан ғайриимкон аст ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a regular file (a pipe, a device or a folder).</source>
        <translation>{file} файли оддӣ нест (канал, дастгоҳ ё ҷузвдон).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} leads outside the handbook (a link?).</source>
        <translation>{file} ба берун аз дастур мебарад (пайванд?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} did not fit: the handbook&apos;s text is too large for one backup.</source>
        <translation>{file} ҷой нашуд: матни дастур барои як нусхаи эҳтиётӣ хеле калон аст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} did not fit: one backup holds at most {limit} files.</source>
        <translation>{file} ҷой нашуд: як нусхаи эҳтиётӣ на бештар аз {limit} файлро дар бар мегирад.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read ({error}), so it was left as it is.</source>
        <translation>{file}-ро хондан ғайриимкон аст ({error}), бинобар ин он бетағйир монд.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be written ({error}).</source>
        <translation>{file} навишта нашуд ({error}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It holds too many files.</source>
        <translation>Дар он файлҳо хеле зиёданд.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no manifest.json: it is not a Handbook Studio backup.</source>
        <translation>Дар он manifest.json нест: ин нусхаи эҳтиётии Handbook Studio нест.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be read ({error}).</source>
        <translation>Онро хондан ғайриимкон аст ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its list of files is damaged ({detail}).</source>
        <translation>Рӯйхати файлҳои он вайрон шудааст ({detail}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup {backup} cannot be used.</source>
        <translation>Нусхаи эҳтиётии {backup}-ро истифода бурдан ғайриимкон аст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of backups to keep must be 1 or more, not {keep}.</source>
        <translation>Шумораи нусхаҳои нигоҳдошташаванда бояд 1 ё зиёдтар бошад, на {keep}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no backup {name} of this handbook.</source>
        <translation>Ин дастур нусхаи эҳтиётии {name} надорад.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name {file} points outside the handbook, so it is refused.</source>
        <translation>Номи {file} ба берун аз дастур ишора мекунад, бинобар ин рад карда шуд.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} has no file {file}.</source>
        <translation>Дар нусхаи эҳтиётии {backup} файли {file} нест.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup {backup} is damaged: {file} is not what was saved.</source>
        <translation>Нусхаи эҳтиётии {backup} вайрон аст: {file} он чизе нест, ки нигоҳ дошта шуда буд.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} holds more than can be restored at once: restore fewer files at a time.</source>
        <translation>Нусхаи эҳтиётии {backup} аз он ки якбора барқарор кардан мумкин аст, бештар дорад: ҳар дафъа камтар файл барқарор кунед.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} cannot be read ({error}).</source>
        <translation>Нусхаи эҳтиётии {backup}-ро хондан ғайриимкон аст ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read now ({error}).</source>
        <translation>Ҳоло {file}-ро хондан ғайриимкон аст ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files it would replace could not be backed up first: {files}.</source>
        <translation>Аввал аз файлҳое, ки иваз мешуданд, нусхаи эҳтиётӣ гирифтан нашуд: {files}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be written to {folder} ({error}).</source>
        <translation>Нусхаи эҳтиётиро ба {folder} навиштан нашуд ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in the backup is {megabytes} MB, more than a backup holds.</source>
        <translation>{member} дар нусхаи эҳтиётӣ {megabytes} МБ аст — аз он ки нусхаи эҳтиётӣ дар бар мегирад, зиёдтар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in the backup unpacks to more than its size says: the backup is damaged.</source>
        <translation>{member} дар нусхаи эҳтиётӣ аз андозаи нишондодааш зиёдтар кушода мешавад: нусхаи эҳтиётӣ вайрон аст.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../authoring_app/gui/conflict_dialog.py" line="+78"/>
        <source>The file changed on disk</source>
        <extracomment>Keys typed this soon after the dialog opened (meant for the editor) are ignored. How the file is named to the author (&quot;ru/02-flipped-classroom.md&quot;). The text as it was opened (or last saved): the common base of a merge. The author&apos;s text in the editor. The file as it is on disk now. Where the version on disk is copied before the author&apos;s text replaces it (Keep My Text); None: nowhere. The other version was written by this app itself (another view of the same file, a restore from a backup). KEEP_MINE, TAKE_THEIRS, MERGED, or None (decide later).</extracomment>
        <translation>Файл дар диск тағйир ёфт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was saved from another view of this window (languages side by side, segments, or a restore from a backup) while you had unsaved changes in it here. Compare the two versions and choose which to keep, or merge them.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; аз намуди дигари ҳамин тиреза (забонҳо паҳлӯ ба паҳлӯ, сегментҳо ё барқарорсозӣ аз нусхаи эҳтиётӣ) нигоҳ дошта шуд, дар ҳоле ки шумо дар ин ҷо дар он тағйироти нигоҳ дошта нашуда доштед. Ду версияро муқоиса кунед ва интихоб кунед, ки кадомашро нигоҳ доред, ё онҳоро якҷоя кунед.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was changed by another program (another editor, git, a synced folder) while you had unsaved changes in it. Compare the two versions and choose which to keep, or merge them.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; аз ҷониби барномаи дигар (муҳаррири дигар, git, ҷузвдони ҳамоҳангшаванда) тағйир дода шуд, дар ҳоле ки шумо дар он тағйироти нигоҳ дошта нашуда доштед. Ду версияро муқоиса кунед ва интихоб кунед, ки кадомашро нигоҳ доред, ё онҳоро якҷоя кунед.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you keep your text, the version on disk is copied first to {folder}, so nothing is lost.</source>
        <translation>Агар матни худро нигоҳ доред, версияи дар диск аввал ба {folder} нусха бардошта мешавад, бинобар ин ҳеҷ чиз гум намешавад.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The version on disk compared with yours</source>
        <translation>Версияи дар диск дар муқоиса бо версияи шумо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On disk now (theirs)</source>
        <translation>Ҳоло дар диск (версияи онҳо)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the editor (yours)</source>
        <translation>Дар муҳаррир (версияи шумо)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep My Text</source>
        <translation>&amp;Нигоҳ доштани матни ман</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep your text; saving it replaces the version on disk (a copy of that version is kept)</source>
        <translation>Матни худро нигоҳ доред; нигоҳдории он версияи дар дискро иваз мекунад (нусхаи он версия нигоҳ дошта мешавад)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use the Version on Disk</source>
        <translation>Гирифтани версияи &amp;диск</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the version on disk into the editor (Ctrl+Z brings yours back)</source>
        <translation>Бор кардани версияи дар диск ба муҳаррир (Ctrl+Z версияи шуморо бармегардонад)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Якҷоя кардан…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combine both sets of changes, then check the result</source>
        <translation>Ҳар ду маҷмӯи тағйиротро якҷоя кунед, сипас натиҷаро санҷед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Баъдтар &amp;ҳал кардан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change nothing now; saving will ask before it replaces the other version</source>
        <translation>Ҳоло ҳеҷ чиз тағйир дода намешавад; ҳангоми нигоҳдорӣ пеш аз иваз кардани версияи дигар пурсида мешавад</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Merged text</source>
        <translation>Матни якҷояшуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use Merged Text</source>
        <translation>&amp;Истифодаи матни якҷояшуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this text in the editor, unsaved</source>
        <translation>Гузоштани ин матн ба муҳаррир, бе нигоҳдорӣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>Ба &amp;қафо</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>your text</source>
        <translation>матни шумо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on disk</source>
        <translation>дар диск</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Both versions changed the same lines in %n place(s): both are kept between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines, highlighted. Keep what should stay, delete the rest and the marker lines, then use the merged text.</source>
        <translation>
            <numerusform>Ҳар ду версия ҳамон сатрҳоро дар %n ҷой тағйир додаанд: ҳар ду байни сатрҳои &lt;&lt;&lt;&lt;&lt;&lt;&lt; ва &gt;&gt;&gt;&gt;&gt;&gt;&gt; нигоҳ дошта шуда, ҷудо карда нишон дода мешаванд. Он чиро, ки бояд монад, нигоҳ доред, боқимонда ва сатрҳои аломатгузорро нест кунед, сипас матни якҷояшударо истифода баред.</numerusform>
            <numerusform>Ҳар ду версия ҳамон сатрҳоро дар %n ҷой тағйир додаанд: ҳар ду байни сатрҳои &lt;&lt;&lt;&lt;&lt;&lt;&lt; ва &gt;&gt;&gt;&gt;&gt;&gt;&gt; нигоҳ дошта шуда, ҷудо карда нишон дода мешаванд. Он чиро, ки бояд монад, нигоҳ доред, боқимонда ва сатрҳои аломатгузорро нест кунед, сипас матни якҷояшударо истифода баред.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The changes merged without conflicts. Check the text, then use it (it is not saved yet).</source>
        <translation>Тағйирот бе ихтилоф якҷоя шуданд. Матнро санҷед, сипас онро истифода баред (он ҳанӯз нигоҳ дошта нашудааст).</translation>
    </message>
</context>
<context>
    <name>ConvertEncodingDialog</name>
    <message>
        <location filename="../authoring_app/gui/encoding_dialog.py" line="+84"/>
        <source>Convert to UTF-8?</source>
        <translation>Ба UTF-8 табдил дода шавад?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not saved as UTF-8, the encoding the handbook uses: it looks like &lt;b&gt;{encoding}&lt;/b&gt; text.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; бо UTF-8, рамзгузорие, ки дастур истифода мебарад, нигоҳ дошта нашудааст: ба назар матни &lt;b&gt;{encoding}&lt;/b&gt; аст.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not saved as UTF-8, the encoding the handbook uses, and its encoding cannot be told for sure. Choose the one in which the text below reads correctly.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; бо UTF-8, рамзгузорие, ки дастур истифода мебарад, нигоҳ дошта нашудааст ва рамзгузории онро бо итминон муайян кардан ғайриимкон аст. Рамзгузориеро интихоб кунед, ки дар он матни зер дуруст хонда мешавад.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encoding of the file</source>
        <translation>Рамзгузории файл</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first lines of the file in this encoding</source>
        <translation>Сатрҳои аввали файл дар ин рамзгузорӣ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converting rewrites the file as UTF-8 (same text, same line ends) and keeps a copy of the original next to the recovery copies, then opens it.</source>
        <translation>Табдилдиҳӣ файлро бо UTF-8 аз нав менависад (ҳамон матн, ҳамон анҷоми сатрҳо), нусхаи аслро дар паҳлӯи нусхаҳои барқарорсозӣ нигоҳ медорад ва сипас онро мекушояд.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Convert to UTF-8</source>
        <translation>&amp;Табдил ба UTF-8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Read as:</source>
        <translation>&amp;Хондан ҳамчун:</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../authoring_app/gui/diff_view.py" line="+120"/>
        <source>saved</source>
        <translation>нигоҳдошташуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsaved</source>
        <translation>нигоҳ дошта нашуда</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two versions are the same.</source>
        <translation>Ҳар ду версия якхелаанд.</translation>
    </message>
</context>
<context>
    <name>DiffWords</name>
    <message numerus="yes">
        <location line="-75"/>
        <source>… %n unchanged line(s)</source>
        <translation>
            <numerusform>… %n сатри тағйирнаёфта</numerusform>
            <numerusform>… %n сатри тағйирнаёфта</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Encoding</name>
    <message>
        <location filename="../authoring_app/core/encoding.py" line="+25"/>
        <source>Windows-1251 (Cyrillic)</source>
        <extracomment>The encodings the app offers to convert from, with what they were used for (the GUI&apos;s list, translated there with ``QCoreApplication.translate(NAMES_CONTEXT, name)``; the CLI&apos;s --from).</extracomment>
        <translation>Windows-1251 (кириллӣ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KOI8-R (Russian)</source>
        <translation>KOI8-R (русӣ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KOI8-U (Ukrainian)</source>
        <translation>KOI8-U (украинӣ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOS 866 (Cyrillic)</source>
        <translation>DOS 866 (кириллӣ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 8859-5 (Cyrillic)</source>
        <translation>ISO 8859-5 (кириллӣ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mac Cyrillic</source>
        <translation>Mac кириллӣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16 (Windows “Unicode”)</source>
        <translation>UTF-16 (Windows «Unicode»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (аврупоии ғарбӣ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254 (туркӣ)</translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <location filename="../authoring_app/gui/encoding_dialog.py" line="-72"/>
        <source>Line {line} cannot be read as {encoding}: the file is in another encoding.</source>
        <extracomment>The encoding shown first when the bytes do not say which one they are in.</extracomment>
        <translation>Сатри {line}-ро ҳамчун {encoding} хондан ғайриимкон аст: файл дар рамзгузории дигар аст.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{encoding}” is not an encoding this app knows.</source>
        <translation>«{encoding}» рамзгузорие нест, ки ин барнома медонад.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is {size} MB, too large for a section: split it into several sections.</source>
        <translation>Андозаи файл {size} МБ аст, барои фасл хеле калон: онро ба якчанд фасл тақсим кунед.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>Файлро хондан ғайриимкон аст: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be converted: {reason}. It is unchanged; check the folder&apos;s permissions and free space, then try again.</source>
        <translation>Файлро табдил додан муяссар нашуд: {reason}. Он тағйир наёфтааст; иҷозатҳои ҷузвдон ва ҷои холиро санҷед, пас аз нав кӯшиш кунед.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Cannot convert</source>
        <translation>Табдил додан ғайриимкон аст</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} was converted from {encoding} to UTF-8; the original is kept in {backup}.</source>
        <translation>{file} аз {encoding} ба UTF-8 табдил дода шуд; нусхаи аслӣ дар {backup} нигоҳ дошта шудааст.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../authoring_app/gui/export_runner.py" line="+146"/>
        <source>Exporting</source>
        <extracomment>Threads of running exports. A thread has no parent, so closing the window that started it never destroys it while it runs (Qt aborts then); it leaves this set when it has finished.</extracomment>
        <translation>Содирот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Раванди содирот</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the export…</source>
        <translation>Омодасозии содирот…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopping the export…</source>
        <translation>Қатъ кардани содирот…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rendering sections</source>
        <translation>Омода кардани фаслҳо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing pages</source>
        <translation>Навиштани саҳифаҳо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the search index</source>
        <translation>Сохтани индекси ҷустуҷӯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing files</source>
        <translation>Навиштани файлҳо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCORM 1.2 packages</source>
        <translation>Бастаҳои SCORM 1.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCORM 2004 packages</source>
        <translation>Бастаҳои SCORM 2004</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPUB books</source>
        <translation>Китобҳои EPUB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single HTML files</source>
        <translation>Файлҳои ягонаи HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files</source>
        <translation>Файлҳои PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validating</source>
        <translation>Тафтиш</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} аз {total}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export Failed</source>
        <translation>Содирот иҷро нашуд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything exported to that folder before is unchanged.</source>
        <translation>Ҳар чизе, ки пештар ба он ҷузвдон содир шуда буд, бетағйир мондааст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The handbook could not be read, so nothing was exported.</source>
        <translation>Дастурро хондан нашуд, бинобар ин ҳеҷ чиз содир нашуд.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

Correct the file named above and export again.</source>
        <translation>{problem}

Файли дар боло зикршударо ислоҳ кунед ва аз нав содир кунед.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handbook could not be exported to {folder}.</source>
        <translation>Дастурро ба {folder} содир кардан нашуд.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export could not write to {folder}.</source>
        <translation>Ҳангоми содирот ба {folder} навиштан нашуд.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {reason}.

Check that the disk has free space and that you may write to that folder, then export again. {unchanged}</source>
        <translation>{file}: {reason}.

Санҷед, ки дар диск ҷойи холӣ ҳаст ва шумо ҳуқуқи навиштан ба он ҷузвдонро доред, сипас аз нав содир кунед. {unchanged}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unexpected error stopped the export to {folder}.</source>
        <translation>Хатои ғайричашмдошт содиротро ба {folder} қатъ кард.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{error}

{unchanged} Please report this problem, with the details below, to the people who maintain Handbook Studio.</source>
        <translation>{error}

{unchanged} Лутфан дар бораи ин мушкилӣ бо тафсилоти дар поён овардашуда ба нигоҳдорандагони Handbook Studio хабар диҳед.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export cancelled: the folder is as it was before.</source>
        <translation>Содирот бекор шуд: ҷузвдон ба ҳолати пештарааш монд.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Validating the result…</source>
        <translation>Тафтиши натиҷа…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../authoring_app/gui/export_dialog.py" line="+73"/>
        <source>Export Handbook</source>
        <extracomment>False: the export would be refused, so the Export button is off. Shown under the folder field (&quot;&quot; when there is nothing to say). True when ``message`` is a warning rather than a note.</extracomment>
        <translation>Содироти дастур</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export handbook</source>
        <translation>Содироти дастур</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output folder</source>
        <translation>Ҷузвдони натиҷа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Баррасӣ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the output folder</source>
        <translation>Ҷузвдони натиҷаро интихоб кунед</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About the output folder</source>
        <translation>Дар бораи ҷузвдони натиҷа</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Formats to make</source>
        <translation>Форматҳо барои сохтан</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Validate the result (HTML, accessibility, EPUB and SCORM checks)</source>
        <translation>Тафтиши &amp;натиҷа (санҷишҳои HTML, дастрасӣ, EPUB ва SCORM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs the validators installed on this computer and writes report.html; takes a little longer.</source>
        <translation>Валидаторҳои дар ин компютер насбшударо иҷро мекунад ва report.html-ро менависад; каме бештар вақт мегирад.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages to export</source>
        <translation>Забонҳо барои содирот</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{language} ({code}, source)</source>
        <translation>{language} ({code}, манбаъ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Base URL (optional)</source>
        <translation>URL-и асосӣ (ихтиёрӣ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://courses.example.edu/handbook/ (optional)</source>
        <translation>https://courses.example.edu/handbook/ (ихтиёрӣ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output &amp;folder:</source>
        <translation>&amp;Ҷузвдони натиҷа:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ormats:</source>
        <translation>&amp;Форматҳо:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Забонҳо:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL-и асосӣ:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>&amp;Содир кардан</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose the folder the export goes into.</source>
        <translation>Ҷузвдонеро интихоб кунед, ки содирот ба он навишта мешавад.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the full path of the folder, or choose it with Browse…</source>
        <translation>Роҳи пурраи ҷузвдонро нависед ё онро бо «Баррасӣ…» интихоб кунед</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This folder holds the handbook itself: choose another folder.</source>
        <translation>Дар ин ҷузвдон худи дастур ҷойгир аст: ҷузвдони дигарро интихоб кунед.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is inside the handbook: choose a folder outside {root}.</source>
        <translation>Ин ҷузвдон дар дохили дастур аст: ҷузвдонеро берун аз {root} интихоб кунед.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a file, not a folder: choose a folder.</source>
        <translation>Ин файл аст, на ҷузвдон: ҷузвдонро интихоб кунед.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An earlier export in this folder will be replaced.</source>
        <translation>Содироти қаблӣ дар ин ҷузвдон иваз карда мешавад.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is not empty and was not made by an export. The export replaces its whole folder, so it will not write here: choose an empty or new folder.</source>
        <translation>Ин ҷузвдон холӣ нест ва онро содирот насохтааст. Содирот тамоми ҷузвдони худро иваз мекунад, бинобар ин ба ин ҷо наменависад: ҷузвдони холӣ ё навро интихоб кунед.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder is empty: the export will be written into it.</source>
        <translation>Ҷузвдон холӣ аст: содирот ба он навишта мешавад.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder cannot be read ({reason}).</source>
        <translation>Ин ҷузвдонро хондан ғайриимкон аст ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder will be created.</source>
        <translation>Ҷузвдон эҷод карда мешавад.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the Output Folder</source>
        <translation>Интихоби ҷузвдони натиҷа</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose at least one format.</source>
        <translation>Ақаллан як форматро интихоб кунед.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One file per language and format goes into the folder, the website into its site folder.</source>
        <translation>Барои ҳар забон ва формат як файл ба ҷузвдон навишта мешавад, сомона бошад ба зерҷузвдони site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per language and format goes into the folder.</source>
        <translation>Барои ҳар забон ва формат як файл ба ҷузвдон навишта мешавад.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose at least one language.</source>
        <translation>Ақаллан як забонро интихоб кунед.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only for sitemap.xml: search engines need full addresses. Leave empty if unsure.</source>
        <translation>Танҳо барои sitemap.xml: системаҳои ҷустуҷӯ суроғаҳои пурраро талаб мекунанд. Агар боварӣ надошта бошед, холӣ монед.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A base URL starts with https:// (or http://).</source>
        <translation>URL-и асосӣ бо https:// (ё http://) оғоз мешавад.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../authoring_app/gui/export_formats.py" line="+192"/>
        <source>all</source>
        <extracomment>Format keys, in the order of :data:`EXPORT_FORMATS` (never empty). The chosen languages, in the handbook&apos;s order (never empty). Worker processes for rendering (None: the core&apos;s choice). Tests pass 1 to stay in one process. Run the installed validators on the result and write report.html. The file &quot;Open&quot; shows (the site&apos;s language chooser, a package, a book …); None when there is nothing to open. Pages a reader can open (HTML pages of a website). All files written or kept. Sections rendered this time (the others came from the cache). Files kept unchanged from the previous export. Every output, for validation. With &quot;Validate the result&quot;: report.html, one line per check, and whether a check failed. Source texts, translated when shown (marked with QT_TRANSLATE_NOOP in the &quot;ExportFormats&quot; context). Runs this format&apos;s part of a job; ``progress`` may raise to stop it (cancellation). ``module:function`` of the builder; the format is offered only when it imports. Must run on the GUI thread (QtWebEngine): the controller runs it there, after the export thread.</extracomment>
        <translation>ҳама</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(first: {message})</source>
        <translation>(аввалин: {message})</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Website (online and offline)</source>
        <translation>Сомона (онлайн ва офлайн)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static pages for a web server that also work straight from a folder or a USB stick: open index.html.</source>
        <translation>Саҳифаҳои статикӣ барои веб-сервер, ки бевосита аз ҷузвдон ё флешка низ кор мекунанд: index.html-ро кушоед.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Open in browser</source>
        <translation>Кушодан дар браузер</translation>
    </message>
    <message>
        <location line="-20"/>
        <location filename="../authoring_app/core/export/formats.py" line="+47"/>
        <source>SCORM 1.2 package</source>
        <extracomment>Every format the app knows, in the dialog&apos;s order.
----------
What it is, for messages and the export dialog (the GUI translates it in the context ``ExportFormats``). The file each language gets: ``{lang}`` is replaced. ``module:function`` of the builder.</extracomment>
        <translation>Бастаи SCORM 1.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .zip per language for Moodle and most other LMSs.</source>
        <translation>Барои ҳар забон як .zip барои Moodle ва аксари дигар LMS-ҳо.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Open</source>
        <translation>Кушодан</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SCORM 2004 package</source>
        <translation>Бастаи SCORM 2004</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .zip per language for LMSs that run SCORM 2004 (4th edition).</source>
        <translation>Барои ҳар забон як .zip барои LMS-ҳое, ки SCORM 2004 (нашри 4)-ро дастгирӣ мекунанд.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EPUB book</source>
        <translation>Китоби EPUB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An EPUB 3 e-book per language, for e-readers and reading apps.</source>
        <translation>Барои ҳар забон як китоби электронии EPUB 3, барои дастгоҳҳо ва барномаҳои хондани китоб.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open book</source>
        <translation>Кушодани китоб</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single HTML file</source>
        <translation>Файли ягонаи HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole handbook in one self-contained .html file per language.</source>
        <translation>Тамоми дастур барои ҳар забон дар як файли мустақили .html.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../authoring_app/core/export/formats.py" line="+24"/>
        <source>PDF for print</source>
        <translation>PDF барои чоп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An A4 PDF per language, for printing.</source>
        <translation>Барои ҳар забон як PDF бо андозаи A4, барои чоп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open PDF</source>
        <translation>Кушодани PDF</translation>
    </message>
    <message>
        <location filename="../authoring_app/core/export/formats.py" line="-18"/>
        <source>SCORM 2004 (4th edition) package</source>
        <translation>бастаи SCORM 2004 (нашри 4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>EPUB 3 book</source>
        <translation>китоби EPUB 3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>single HTML file</source>
        <translation>файли ягонаи HTML</translation>
    </message>
    <message>
        <location filename="../authoring_app/core/export/validation.py" line="+33"/>
        <source>website</source>
        <extracomment>The format name of the website&apos;s checks (the GUI translates it in the context ``ExportFormats``).</extracomment>
        <translation>сомона</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <location filename="../authoring_app/gui/export_runner.py" line="+34"/>
        <source>Export Finished</source>
        <translation>Содирот анҷом ёфт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export finished</source>
        <translation>Содирот анҷом ёфт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export is ready.</source>
        <translation>Содирот тайёр аст.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The export is ready, with %n problems.</source>
        <translation>
            <numerusform>Содирот тайёр аст, бо %n мушкилӣ.</numerusform>
            <numerusform>Содирот тайёр аст, бо %n мушкилӣ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n саҳифа</numerusform>
            <numerusform>%n саҳифа</numerusform>
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
        <translation>{pages} (ҳамагӣ {files}) дар {seconds} сония, ба {folder} навишта шуд</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export summary</source>
        <translation>Хулосаи содирот</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No section had to be rendered again: all came from the cache.</source>
        <translation>Ягон фасл аз нав омода карданро талаб накард: ҳамааш аз кэш гирифта шуд.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sections rendered now</source>
        <translation>
            <numerusform>%n фасл ҳозир омода шуд</numerusform>
            <numerusform>%n фасл ҳозир омода шуд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n files unchanged since the last export.</source>
        <translation>
            <numerusform>%n файл пас аз содироти охирин тағйир наёфтааст.</numerusform>
            <numerusform>%n файл пас аз содироти охирин тағйир наёфтааст.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sections rendered now.</source>
        <translation>
            <numerusform>%n фасл ҳозир омода шуд.</numerusform>
            <numerusform>%n фасл ҳозир омода шуд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems found</source>
        <translation>Мушкилоти ёфтшуда</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pages concerned are still published. Correct the files named below and export again:</source>
        <translation>Саҳифаҳои марбут ба ҳар ҳол нашр шудаанд. Файлҳои дар поён зикршударо ислоҳ кунед ва аз нав содир кунед:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problems found.</source>
        <translation>Ягон мушкилӣ ёфт нашуд.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Кушодан</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open report</source>
        <translation>Кушодани ҳисобот</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show folder</source>
        <translation>Нишон додани ҷузвдон</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Validation results</source>
        <translation>Натиҷаҳои тафтиш</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation found problems (✗). Open the report for the details:</source>
        <translation>Тафтиш мушкилот ёфт (✗). Барои тафсилот ҳисоботро кушоед:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation found no problem. — marks a check whose validator is not installed:</source>
        <translation>Тафтиш ягон мушкилӣ наёфт. Аломати — санҷишеро нишон медиҳад, ки валидатори он насб нашудааст:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot Open</source>
        <translation>Кушодан ғайриимкон аст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program to open {path} was found. Open it from your file manager.</source>
        <translation>Барномае барои кушодани {path} ёфт нашуд. Онро аз менеҷери файлҳо кушоед.</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <location filename="../authoring_app/gui/external_changes.py" line="+161"/>
        <source>{file} changed on disk but cannot be read ({error}); your text stays in the editor.</source>
        <translation>{file} дар диск тағйир ёфт, вале хонда намешавад ({error}); матни шумо дар муҳаррир мемонад.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} was changed by another program and reloaded (Ctrl+Z brings back the text before).</source>
        <translation>{file}-ро барномаи дигар тағйир дод ва он аз нав бор карда шуд (Ctrl+Z матни пештараро бармегардонад).</translation>
    </message>
    <message numerus="yes">
        <location line="-56"/>
        <source>%n file(s) deleted or renamed</source>
        <extracomment>How long the segment grid&apos;s refresh waits for the translator to finish editing a cell. A burst of outside changes was handled: the ``frozenset`` of files it touched.</extracomment>
        <translation>
            <numerusform>%n файл нест карда шуд ё номаш иваз шуд</numerusform>
            <numerusform>%n файл нест карда шуд ё номаш иваз шуд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted or renamed by another program (%n file(s)): {files}. Your text is still open in the app, unsaved, and in the recovery copy: save it to write the file again, or copy the text elsewhere.</source>
        <translation>
            <numerusform>Файлҳое, ки барномаи дигар нест кард ё номашонро иваз кард (%n): {files}. Матни шумо ҳанӯз дар барнома кушода, нигоҳ дошта нашуда ва дар нусхаи барқарорсозӣ ҳаст: барои аз нав навиштани файл онро нигоҳ доред ё матнро ба ҷои дигар нусха бардоред.</numerusform>
            <numerusform>Файлҳое, ки барномаи дигар нест кард ё номашонро иваз кард (%n): {files}. Матни шумо ҳанӯз дар барнома кушода, нигоҳ дошта нашуда ва дар нусхаи барқарорсозӣ ҳаст: барои аз нав навиштани файл онро нигоҳ доред ё матнро ба ҷои дигар нусха бардоред.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{file}: the version on disk could not be copied ({error}), so nothing was changed; saving will ask before it replaces that version.</source>
        <translation>{file}: версияи дар дискро нусха бардоштан муяссар нашуд ({error}), бинобар ин ҳеҷ чиз тағйир наёфт; ҳангоми нигоҳдорӣ барнома пеш аз иваз кардани он версия мепурсад.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: your text is kept; saving replaces the version on disk, copied to {copy}.</source>
        <translation>{file}: матни шумо нигоҳ дошта шуд; нигоҳдорӣ версияи дар дискро, ки ба {copy} нусха бардошта шуд, иваз мекунад.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: the version on disk was loaded.</source>
        <translation>{file}: версияи дар диск бор карда шуд.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: the merged text is in the editor, not saved yet.</source>
        <translation>{file}: матни якҷояшуда дар муҳаррир аст, ҳанӯз нигоҳ дошта нашудааст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} changed on disk; saving will ask before it replaces that change.</source>
        <translation>{file} дар диск тағйир ёфт; ҳангоми нигоҳдорӣ пеш аз иваз кардани он тағйирот пурсида мешавад.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>handbook.toml was changed by another program and cannot be read ({error}); the contents shown are as before. Correct the file to see the new contents.</source>
        <translation>handbook.toml-ро барномаи дигар тағйир дод ва онро хондан ғайриимкон аст ({error}); мундариҷаи нишондодашуда мисли пештар аст. Барои дидани мундариҷаи нав файлро ислоҳ кунед.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>handbook.toml was changed by another program: the contents were reloaded.</source>
        <translation>handbook.toml-ро барномаи дигар тағйир дод: мундариҷа аз нав бор карда шуд.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The section {slug} is no longer in handbook.toml; its text stays open.</source>
        <translation>Фасли {slug} дигар дар handbook.toml нест; матни он кушода мемонад.</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <location filename="../authoring_app/gui/media_form.py" line="+123"/>
        <source>&amp;Remove</source>
        <translation>&amp;Хориҷ кардан</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../authoring_app/gui/editor/find_replace.py" line="+68"/>
        <source>Find and replace</source>
        <extracomment>How many matches are painted in the text at most (counting goes on beyond it).</extracomment>
        <translation>Ёфтан ва иваз кардан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Ёфтан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to find</source>
        <translation>Матн барои ёфтан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with</source>
        <translation>Иваз кардан бо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement text</source>
        <translation>Матни ивазкунанда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With regular expressions, \1 or \g&lt;name&gt; inserts a matched group</source>
        <translation>Дар ифодаҳои мунтазам \1 ё \g&lt;name&gt; гурӯҳи мувофиқро мегузорад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match &amp;case</source>
        <translation>&amp;Регистрро ба назар гирифтан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Регистрро ба назар гирифтан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Калимаҳои пурра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words only</source>
        <translation>Танҳо калимаҳои пурра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gular expression</source>
        <translation>Ифодаи &amp;мунтазам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Ифодаи мунтазам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python regular expressions; refer to groups as \1 in the replacement</source>
        <translation>Ифодаҳои мунтазами Python; дар матни ивазкунанда ба гурӯҳҳо ҳамчун \1 ишора кунед</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Қаблӣ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Ёфтани мувофиқати қаблӣ (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Навбатӣ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the next match (F3)</source>
        <translation>Ёфтани мувофиқати навбатӣ (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Иваз кардан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace this match and find the next</source>
        <translation>Иваз кардани ин мувофиқат ва ёфтани навбатӣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;all</source>
        <translation>&amp;Ҳамаро иваз кардан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace every match</source>
        <translation>Иваз кардани ҳамаи мувофиқатҳо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Escape)</source>
        <translation>Пӯшидани панели ҷустуҷӯ (Escape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find bar</source>
        <translation>Пӯшидани панели ҷустуҷӯ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search result</source>
        <translation>Натиҷаи ҷустуҷӯ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Find…</source>
        <translation>&amp;Ёфтан…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Иваз кардан…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;next</source>
        <translation>Ёфтани на&amp;вбатӣ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find pre&amp;vious</source>
        <translation>Ёфтани &amp;қаблӣ</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>%n мувофиқат иваз карда шуд</numerusform>
            <numerusform>%n мувофиқат иваз карда шуд</numerusform>
        </translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Invalid replacement: {error}</source>
        <translation>Ивазкунии нодуруст: {error}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{current} of {total}</source>
        <translation>{current} аз {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}, from the top</source>
        <translation>{current} аз {total}, аз аввал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}, from the end</source>
        <translation>{current} аз {total}, аз охир</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid regular expression: {error}</source>
        <translation>Ифодаи мунтазами нодуруст: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No matches</source>
        <translation>Мувофиқат нест</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n мувофиқат</numerusform>
            <numerusform>%n мувофиқат</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <location filename="../authoring_app/gui/editor/formatting.py" line="+346"/>
        <source>&amp;Bold</source>
        <translation>&amp;Ғафс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text bold</source>
        <translation>Матни интихобшударо ғафс кардан</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text italic</source>
        <translation>Матни интихобшударо курсив кардан</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inline &amp;code</source>
        <translation>Код дар &amp;сатр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected text as code</source>
        <translation>Матни интихобшударо ҳамчун код қайд кардан</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Link…</source>
        <translation>&amp;Пайванд…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text a link</source>
        <translation>Матни интихобшударо ба пайванд табдил додан</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heading &amp;{level}</source>
        <translation>Сарлавҳаи &amp;{level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line a heading of level {level}</source>
        <translation>Сатри ҷориро ба сарлавҳаи сатҳи {level} табдил додан</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paragraph</source>
        <translation>Сар&amp;хат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line plain text</source>
        <translation>Сатри ҷориро ба матни оддӣ табдил додан</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;ulleted list</source>
        <translation>&amp;Рӯйхати нуқтадор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a bulleted list</source>
        <translation>Сатрҳои интихобшударо ба рӯйхати нуқтадор табдил додан</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Numbered list</source>
        <translation>Рӯйхати ра&amp;қамдор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a numbered list</source>
        <translation>Сатрҳои интихобшударо ба рӯйхати рақамдор табдил додан</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Block &amp;quote</source>
        <translation>&amp;Иқтибос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote the selected lines</source>
        <translation>Сатрҳои интихобшударо ба иқтибос табдил додан</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code bl&amp;ock</source>
        <translation>Блоки к&amp;од</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected lines in a code block</source>
        <translation>Гузоштани сатрҳои интихобшуда ба блоки код</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Table</source>
        <translation>&amp;Ҷадвал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a table with three columns and two rows</source>
        <translation>Гузоштани ҷадвал бо се сутун ва ду сатр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Сутун</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Матн</translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <location filename="../authoring_app/gui/editor/front_matter_form.py" line="+97"/>
        <source>Section details</source>
        <extracomment>The header changed (in the text or through the form); the argument is its data (empty when absent).</extracomment>
        <translation>Тафсилоти фасл</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Front matter problems</source>
        <translation>Мушкилоти метамаълумот</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Сарлавҳа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section&apos;s title, as shown in the contents</source>
        <translation>Сарлавҳаи фасл, чунон ки дар мундариҷа нишон дода мешавад</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Хулоса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two sentences for the contents page and search</source>
        <translation>Як ё ду ҷумла барои саҳифаи мундариҷа ва ҷустуҷӯ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keywords</source>
        <translation>Калидвожаҳо</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Separated by commas</source>
        <translation>Бо вергул ҷудо кунед</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Authors</source>
        <translation>Муаллифон</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Сарлавҳа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Хулоса:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keywords:</source>
        <translation>&amp;Калидвожаҳо:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au&amp;thors:</source>
        <translation>&amp;Муаллифон:</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Line {line}: {problem}</source>
        <translation>Сатри {line}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the front matter in the text; the form is read-only until then.</source>
        <translation>Метамаълумотро дар матн ислоҳ кунед; то он вақт шакл танҳо барои хондан аст.</translation>
    </message>
</context>
<context>
    <name>InsertAudioDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="+232"/>
        <source>Insert Audio</source>
        <translation>Гузоштани аудио</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert audio</source>
        <translation>Гузоштани аудио</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an audio file</source>
        <translation>Файли аудиоро интихоб кунед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recording chosen yet</source>
        <translation>Ҳоло сабт интихоб нашудааст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption of the recording</source>
        <translation>Тавзеҳи сабт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown above the player, e.g. who speaks about what</source>
        <translation>Дар болои плеер нишон дода мешавад, масалан, кӣ дар бораи чӣ сухан мегӯяд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;transcript files, one per language</source>
        <translation>Эҷоди файлҳои &amp;матни сабт, барои ҳар забон як файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create transcript files for each language</source>
        <translation>Эҷоди файлҳои матни сабт барои ҳар забон</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audio &amp;file:</source>
        <translation>&amp;Файли аудио:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>&amp;Тавзеҳ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording is copied as it is (Ogg or MP3 play everywhere). Languages: {languages}.</source>
        <translation>Сабт бетағйир нусхабардорӣ мешавад (Ogg ё MP3 дар ҳама ҷо пахш мешаванд). Забонҳо: {languages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Recording</source>
        <translation>Интихоби сабт</translation>
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
        <translation>Ин файлҳои матни сабт дар ҷузвдони медиаи дастур, барои ҳар забон як файл, эҷод шуданд. Он чиро, ки дар сабт гуфта мешавад, дар онҳо нависед (Markdown):

{files}</translation>
    </message>
</context>
<context>
    <name>InsertImageDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_image_dialog.py" line="+70"/>
        <source>Insert Image</source>
        <translation>Гузоштани тасвир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert image</source>
        <translation>Гузоштани тасвир</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Интихоби файл…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an image file</source>
        <translation>Файли тасвирро интихоб кунед</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No image chosen yet</source>
        <translation>Ҳоло тасвир интихоб нашудааст</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop an image here or choose a file</source>
        <translation>Тасвирро ба ин ҷо кашида оред ё файлро интихоб кунед</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the image</source>
        <translation>Пешнамоиши тасвир</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image size</source>
        <translation>Андозаи тасвир</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt text (required)</source>
        <translation>Матни алтернативӣ (ҳатмӣ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the image shows, for readers who cannot see it. Required.</source>
        <translation>Он чи дар тасвир нишон дода шудааст, барои хонандагоне, ки онро дида наметавонанд. Ҳатмӣ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the image shows, e.g. “Students working in pairs”</source>
        <translation>Он чи дар тасвир нишон дода шудааст, масалан, «Донишҷӯён ҷуфт-ҷуфт кор мекунанд»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alt text is required: readers with a screen reader hear it instead of seeing the image.</source>
        <translation>Матни алтернативӣ ҳатмист: хонандагоне, ки барномаи хониши экранро истифода мебаранд, онро ба ҷои дидани тасвир мешунаванд.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why alt text is needed</source>
        <translation>Чаро матни алтернативӣ лозим аст</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caption (optional)</source>
        <translation>Тавзеҳ (ихтиёрӣ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown under the image (optional)</source>
        <translation>Дар зери тасвир нишон дода мешавад (ихтиёрӣ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert</source>
        <translation>&amp;Гузоштан</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image &amp;file:</source>
        <translation>&amp;Файли тасвир:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Alt text (required):</source>
        <translation>&amp;Матни алтернативӣ (ҳатмӣ):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ption:</source>
        <translation>&amp;Тавзеҳ:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an Image</source>
        <translation>Интихоби тасвир</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({patterns})</source>
        <translation>Тасвирҳо ({patterns})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pasted image</source>
        <translation>Тасвири часпондашуда</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This Image Cannot Be Used</source>
        <translation>Ин тасвирро истифода бурдан ғайриимкон аст</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No preview available</source>
        <translation>Пешнамоиш дастрас нест</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SVG drawing: stored as it is, sharp at any size.</source>
        <translation>Расми SVG: бетағйир нигоҳ дошта мешавад, дар ҳар андоза возеҳ аст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{width} × {height} pixels: will be scaled down to {final_width} × {final_height} pixels, large enough for any screen.</source>
        <translation>{width} × {height} пиксел: то {final_width} × {final_height} пиксел хурд карда мешавад, ки барои ҳар экран кофист.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{width} × {height} pixels.</source>
        <translation>{width} × {height} пиксел.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera data (such as the location) will be removed.</source>
        <translation>Маълумоти камера (масалан, макон) хориҷ карда мешавад.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The Image Was Not Inserted</source>
        <translation>Тасвир гузошта нашуд</translation>
    </message>
</context>
<context>
    <name>InsertVideoDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="-108"/>
        <source>Insert Video</source>
        <translation>Гузоштани видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert video</source>
        <translation>Гузоштани видео</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a video file</source>
        <translation>Файли видеоро интихоб кунед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No video chosen yet</source>
        <translation>Ҳоло видео интихоб нашудааст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption under the player</source>
        <translation>Тавзеҳ дар зери плеер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown under the player, e.g. what the video is about</source>
        <translation>Дар зери плеер нишон дода мешавад, масалан, видео дар бораи чист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;caption files (.vtt), one per language</source>
        <translation>Эҷоди файлҳои &amp;субтитр (.vtt), барои ҳар забон як файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create caption files for each language</source>
        <translation>Эҷоди файлҳои субтитр барои ҳар забон</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose poster…</source>
        <translation>Интихоби муқова…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a poster image</source>
        <translation>Тасвири муқоваро интихоб кунед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (optional)</source>
        <translation>Нест (ихтиёрӣ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the poster image</source>
        <translation>Хориҷ кардани тасвири муқова</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Video file:</source>
        <translation>Файли &amp;видео:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Poster:</source>
        <translation>&amp;Муқова:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>&amp;Тавзеҳ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is copied as it is (WebM or MP4 play everywhere). Languages: {languages}.</source>
        <translation>Видео бетағйир нусхабардорӣ мешавад (WebM ё MP4 дар ҳама ҷо пахш мешаванд). Забонҳо: {languages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Video</source>
        <translation>Интихоби видео</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Videos ({patterns})</source>
        <translation>Видеоҳо ({patterns})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Poster Image</source>
        <translation>Интихоби тасвири муқова</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images ({patterns})</source>
        <translation>Тасвирҳо ({patterns})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>These caption files were created in the handbook&apos;s media folder, one per language. Write the captions into them (WebVTT):

{files}</source>
        <translation>Ин файлҳои субтитр дар ҷузвдони медиаи дастур, барои ҳар забон як файл, эҷод шуданд. Субтитрҳоро дар онҳо нависед (WebVTT):

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
        <translation>Мувофиқи система</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the interface</source>
        <translation>Забони интерфейс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used the next time Handbook Studio starts.</source>
        <translation>Забони нав ҳангоми оғози навбатии Handbook Studio истифода мешавад.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Забон:</translation>
    </message>
</context>
<context>
    <name>LanguageColumn</name>
    <message>
        <location filename="../authoring_app/gui/translation/side_by_side_column.py" line="+56"/>
        <source>Language of this column</source>
        <extracomment>The user picked another language in the header&apos;s picker. The editor took the focus: this is the column Ctrl+S saves and whose segment is highlighted.</extracomment>
        <translation>Забони ин сутун</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>● unsaved</source>
        <translation>● нигоҳ дошта нашуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This column has unsaved changes</source>
        <translation>Ин сутун тағйироти нигоҳ дошта нашуда дорад</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation status of this column</source>
        <translation>Ҳолати тарҷумаи ин сутун</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Пешнамоиш</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the page of this language below</source>
        <translation>Нишон додани саҳифаи ин забон дар поён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Кушодан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this language in the section editor</source>
        <translation>Кушодани ин забон дар муҳаррири фасл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this column</source>
        <translation>Хориҷ кардани ин сутун</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove column</source>
        <translation>Хориҷ кардани сутун</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{language} text</source>
        <translation>Матн ({language})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Source language</source>
        <translation>Забони манбаъ</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n outdated</source>
        <translation>
            <numerusform>%n кӯҳнашуда</numerusform>
            <numerusform>%n кӯҳнашуда</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n ғоиб</numerusform>
            <numerusform>%n ғоиб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n extra</source>
        <translation>
            <numerusform>%n изофӣ</numerusform>
            <numerusform>%n изофӣ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date</source>
        <translation>Ба рӯз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counts} (against {pivot})</source>
        <translation>{counts} (нисбат ба {pivot})</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{file} (new file)</source>
        <translation>{file} (файли нав)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the recovery copy: {error}</source>
        <translation>Нусхаи барқарорсозӣ навишта нашуд: {error}</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <location filename="../authoring_app/gui/languages.py" line="+13"/>
        <source>Bulgarian</source>
        <translation>Булғорӣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русӣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Англисӣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Қазоқӣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>Қирғизӣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajik</source>
        <translation>Тоҷикӣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmen</source>
        <translation>Туркманӣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>Ӯзбекӣ</translation>
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
        <translation>&amp;Дастури нав…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Handbook…</source>
        <translation>&amp;Кушодани дастур…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a handbook folder (the one holding handbook.toml)</source>
        <translation>Кушодани ҷузвдони дастур (ҷузвдоне, ки handbook.toml дорад)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Охирин кушодашудаҳо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Нигоҳ доштан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Содирот…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the handbook as a website that also works offline</source>
        <translation>Нашри дастур ҳамчун сомонае, ки офлайн низ кор мекунад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Баромадан</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Таҳрир</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Такрор кардан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>Бу&amp;ридан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Нусха бардоштан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation>&amp;Часпондан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>&amp;Ҳамаро интихоб кардан</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Preferences…</source>
        <translation>Т&amp;анзимот…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ormat</source>
        <translation>Фо&amp;рмат</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insert</source>
        <translation>&amp;Гузоштан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image…</source>
        <translation>&amp;Тасвир…</translation>
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
        <translation>Т&amp;ест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table</source>
        <translation>&amp;Ҷадвал</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Structure</source>
        <translation>&amp;Сохтор</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;View</source>
        <translation>&amp;Намоиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Preview</source>
        <translation>Нишон додани &amp;пешнамоиш</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>&amp;Мавзӯъ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;System</source>
        <translation>Мувофиқи &amp;система</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Равшан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Торик</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Барқарор кардани тарҳбандӣ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Кумак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Handbook Studio</source>
        <translation>&amp;Дар бораи Handbook Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Панели асбобҳои асосӣ</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>{file}: only images, video and audio can be dropped into a section</source>
        <translation>{file}: ба фасл танҳо тасвир, видео ва аудиоро кашида овардан мумкин аст</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(none yet)</source>
        <translation>(ҳоло нест)</translation>
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
        <translation>Сарлавҳаи дастур</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handbook folder</source>
        <translation>Ҷузвдони дастур</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Editor area</source>
        <translation>Майдони муҳаррир</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section being edited</source>
        <translation>Фасли таҳриршаванда</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the section being edited</source>
        <translation>Забони фасли таҳриршаванда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this section in another language</source>
        <translation>Таҳрири ин фасл бо забони дигар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Забон:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Handbook summary</source>
        <translation>Хулосаи дастур</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words and characters</source>
        <translation>Калимаҳо ва аломатҳо</translation>
    </message>
    <message>
        <location line="+125"/>
        <location filename="../authoring_app/gui/structure_follow.py" line="+70"/>
        <source>Cannot open section</source>
        <extracomment>The section the window is on (the Write mode edits it; the other modes show it), and its language.</extracomment>
        <translation>Фаслро кушодан ғайриимкон аст</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved {file}</source>
        <translation>{file} нигоҳ дошта шуд</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} has changes that are not saved.</source>
        <translation>{file} тағйироти нигоҳ дошта нашуда дорад.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Handbook</source>
        <translation>Кушодани дастур</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Handbook — choose a new folder</source>
        <translation>Дастури нав — ҷузвдони навро интихоб кунед</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>New Handbook</source>
        <translation>Дастури нав</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Title of the handbook:</source>
        <translation>Сарлавҳаи дастур:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language codes, the source language first (e.g. bg, ru, en):</source>
        <translation>Рамзҳои забонҳо, аввал забони манбаъ (масалан, bg, ru, en):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the handbook</source>
        <translation>Эҷоди дастур ғайриимкон аст</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+2"/>
        <source>No handbook open</source>
        <translation>Ягон дастур кушода нашудааст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a handbook folder with File → Open Handbook…</source>
        <translation>Ҷузвдони дастурро тавассути Файл → Кушодани дастур… кушоед</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+87"/>
        <source>%n sections · languages {languages}</source>
        <translation>
            <numerusform>%n фасл · забонҳо: {languages}</numerusform>
            <numerusform>%n фасл · забонҳо: {languages}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Double-click a section (or press Enter) to write it here.</source>
        <translation>Барои навиштани фасл дар ин ҷо онро ду бор клик кунед (ё Enter-ро пахш кунед).</translation>
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
        <translation> (тарҷумаи нав: бо нахустин нигоҳдорӣ сабт мешавад)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{words} words · {characters} characters</source>
        <translation>{words} калима · {characters} аломат</translation>
    </message>
    <message>
        <location filename="../authoring_app/gui/structure_follow.py" line="-42"/>
        <source>The structure was not changed: save the open text first.</source>
        <translation>Сохтор тағйир дода нашуд: аввал матни кушодаро нигоҳ доред.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file} before changing the structure</source>
        <translation>{file} пеш аз тағйир додани сохтор нигоҳ дошта шуд</translation>
    </message>
    <message>
        <location filename="../authoring_app/gui/window_dialogs.py" line="+26"/>
        <source>Cannot open handbook</source>
        <translation>Дастурро кушодан ғайриимкон аст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample handbook could not be opened.</source>
        <translation>Дастури намунавиро кушодан нашуд.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handbook in {path} could not be opened.</source>
        <translation>Дастурро дар {path} кушодан нашуд.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore unsaved text?</source>
        <translation>Матни нигоҳ дошта нашуда барқарор карда шавад?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has text that was typed but not saved (the app ended before it was saved).</source>
        <translation>{file} матне дорад, ки навишта шуда, вале нигоҳ дошта нашудааст (барнома пеш аз нигоҳдорӣ баста шуд).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore it into the editor (you can still undo that), or discard it and keep the file as saved?</source>
        <translation>Онро ба муҳаррир барқарор мекунед (инро баъдтар бекор кардан мумкин аст) ё онро партофта, файлро дар ҳолати нигоҳдошташуда мегузоред?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Барқарор кардан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Партофтан</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unsaved changes</source>
        <translation>Тағйироти нигоҳ дошта нашуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before you go on?</source>
        <translation>Пеш аз идома онҳоро нигоҳ медоред?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file changed on disk</source>
        <translation>Файл дар диск тағйир ёфт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Anyway</source>
        <translation>Ба ҳар ҳол нигоҳ доштан</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot save</source>
        <translation>Нигоҳ доштан ғайриимкон аст</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Handbook Studio</source>
        <translation>Дар бораи Handbook Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Handbook Studio {version}&lt;/h3&gt;&lt;p&gt;Write a multilingual, multimedia university handbook offline, keep every translation in step with the source, and publish it as a website, SCORM, EPUB and PDF.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handbook Studio {version}&lt;/h3&gt;&lt;p&gt;Дастури бисёрзабона ва мултимедиявии донишгоҳиро офлайн нависед, ҳар тарҷумаро бо манбаъ мутобиқ нигоҳ доред ва онро ҳамчун сомона, SCORM, EPUB ва PDF нашр кунед.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../authoring_app/gui/editor/markdown_editor.py" line="+66"/>
        <source>Section text</source>
        <extracomment>``(words, characters)`` of the prose (front matter and Markdown marks left out), after a pause in typing. Local files were dropped (or pasted from a file manager) on the editor; a list of ``pathlib.Path``. The editor inserts nothing for them; the text cursor is already where the drop happened. An image (not text) was pasted; the ``QImage`` is the clipboard&apos;s picture.</extracomment>
        <translation>Матни фасл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown text of the section, with its front matter at the top</source>
        <translation>Матни Markdown-и фасл бо метамаълумот дар аввал</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="+98"/>
        <source>Preferences</source>
        <translation>Танзимот</translation>
    </message>
</context>
<context>
    <name>PreviewBase</name>
    <message>
        <location filename="../authoring_app/gui/preview/base.py" line="+47"/>
        <source>Preview notice</source>
        <extracomment>True where the preview is the real website page (Chromium), False for the simplified fallback. The page shows this revision of the text now (see :meth:`set_text`). The reader scrolled the preview: the source line now at its top (fractional between two blocks). The reader clicked a block: its first source line. A link to another section was followed: language, slug, fragment. The page must be built again (its process ended). Rendering failed (a bug): the message, also shown in the preview&apos;s notice.</extracomment>
        <translation>Огоҳиномаи пешнамоиш</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The preview could not show this text: {message}</source>
        <translation>Пешнамоиш ин матнро нишон дода натавонист: {message}</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../authoring_app/gui/problems_panel.py" line="+94"/>
        <source>Problems</source>
        <extracomment>``&lt;lang&gt;/&lt;slug&gt;.md``: a problem in a section file, which the panel can ask to open. Filter values (the combo boxes&apos; item data). Checks still running. A thread has no parent, so closing the panel never destroys a running thread (Qt would abort); it leaves this set when it has finished.</extracomment>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked yet.</source>
        <translation>Ҳоло санҷида нашудааст.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of problems</source>
        <translation>Хулосаи мушкилот</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors and warnings</source>
        <translation>Хатоҳо ва огоҳиҳо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Танҳо хатоҳо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings only</source>
        <translation>Танҳо огоҳиҳо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of severity</source>
        <translation>Нишон додани мушкилот аз рӯи дараҷа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Ҳамаи намудҳо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation QA</source>
        <translation>Назорати сифати тарҷума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other than translation QA</source>
        <translation>Ғайр аз назорати сифати тарҷума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of kind</source>
        <translation>Нишон додани мушкилот аз рӯи намуд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check again</source>
        <translation>&amp;Аз нав санҷидан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the handbook again</source>
        <translation>Аз нав санҷидани дастур</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every file of the handbook again (the window stays usable)</source>
        <translation>Аз нав санҷидани ҳар файли дастур (дар ин вақт бо тиреза кор кардан мумкин аст)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Мушкилоти ёфтшуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter or double-click a problem to open its place</source>
        <translation>Барои кушодани ҷойи мушкилӣ Enter-ро пахш кунед ё онро ду бор клик кунед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Дараҷа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Ҷой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Мушкилӣ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Show:</source>
        <translation>&amp;Нишон додан:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Checking the handbook…</source>
        <translation>Санҷиши дастур…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The check failed; please report this:
%1</source>
        <translation>Санҷиш иҷро нашуд; лутфан дар ин бора хабар диҳед:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Хато</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Огоҳӣ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The handbook cannot be loaded: see the problem below.</source>
        <translation>Дастурро бор кардан ғайриимкон аст: мушкилиро дар поён бинед.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n хато</numerusform>
            <numerusform>%n хато</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n огоҳӣ</numerusform>
            <numerusform>%n огоҳӣ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n from translation QA)</source>
        <translation>
            <numerusform>(%n аз назорати сифати тарҷума)</numerusform>
            <numerusform>(%n аз назорати сифати тарҷума)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n нишон дода шуд</numerusform>
            <numerusform>%n нишон дода шуд</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found.</source>
        <translation>Ягон мушкилӣ ёфт нашуд.</translation>
    </message>
</context>
<context>
    <name>ProjectGuard</name>
    <message>
        <location filename="../authoring_app/gui/project_guard.py" line="+152"/>
        <source>Restore from &amp;Backup…</source>
        <extracomment>Who this app is in lock files (tests pose as another app with their own). The app that holds the handbook while this window has it read-only. Why locking is off for this handbook (&quot;&quot; while it works): a reason with a LockReason code.</extracomment>
        <translation>Барқарорсозӣ аз нусхаи &amp;эҳтиётӣ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back files of this handbook as one of its backups has them</source>
        <translation>Баргардонидани файлҳои ин дастур ба ҳолате, ки дар яке аз нусхаҳои эҳтиётии он ҳастанд</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The backup of the changed files failed: {reason} Close anyway?</source>
        <translation>Нусхабардории эҳтиётии файлҳои тағйирёфта иҷро нашуд: {reason} Ба ҳар ҳол пӯшида шавад?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your files in the handbook are as you saved them; only the backup copy of this session is missing.</source>
        <translation>Файлҳои шумо дар дастур ҳамон тавре ки нигоҳ доштед, боқӣ мондаанд; танҳо нусхаи эҳтиётии ин ҷаласа вуҷуд надорад.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Anyway</source>
        <translation>Ба ҳар ҳол пӯшидан</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Locking is on again for this handbook: no other app can open it for writing now.</source>
        <translation>Қулфкунӣ барои ин дастур боз фаъол аст: акнун барномаи дигар онро барои навиштан кушода наметавонад.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other app has closed the handbook: you can write in it now.</source>
        <translation>Барномаи дигар дастурро баст: акнун шумо метавонед дар он нависед.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You have taken the handbook over: you can write in it now.</source>
        <translation>Шумо дастурро ба ихтиёри худ гирифтед: акнун метавонед дар он нависед.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take over the handbook?</source>
        <translation>Дастурро ба ихтиёри худ мегиред?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If Handbook Studio still runs there, you could overwrite each other&apos;s changes. Take the handbook over only when that app has been closed or its user agrees: it becomes read-only there.</source>
        <translation>Агар Handbook Studio дар он ҷо ҳанӯз кор кунад, шумо метавонед тағйироти якдигарро аз байн баред. Дастурро танҳо вақте ба ихтиёри худ гиред, ки он барнома баста шудааст ё корбари он розӣ аст: дар он ҷо дастур танҳо барои хондан мегардад.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Over</source>
        <translation>Ба ихтиёр гирифтан</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {user} has this handbook open on {host} (process {pid}) since {since}. You can read everything; to write, close it there, or take it over.</source>
        <translation>&lt;b&gt;Танҳо барои хондан.&lt;/b&gt; {user} ин дастурро дар {host} (раванди {pid}) аз {since} кушода дорад. Шумо ҳама чизро хонда метавонед; барои навиштан онро дар он ҷо пӯшед ё ба ихтиёри худ гиред.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {user} on {host} (process {pid}) took this handbook over at {since}. Unsaved text stays in the editor; take the handbook back to save it here.</source>
        <translation>&lt;b&gt;Танҳо барои хондан.&lt;/b&gt; {user} дар {host} (раванди {pid}) ин дастурро дар {since} ба ихтиёри худ гирифт. Матни нигоҳ дошта нашуда дар муҳаррир мемонад; барои дар ин ҷо нигоҳ доштани он дастурро баргардонед.</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>Backed up %n changed file(s) of the handbook.</source>
        <translation>
            <numerusform>Аз %n файли тағйирёфтаи дастур нусхаи эҳтиётӣ гирифта шуд.</numerusform>
            <numerusform>Аз %n файли тағйирёфтаи дастур нусхаи эҳтиётӣ гирифта шуд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+247"/>
        <source>The backup failed</source>
        <translation>Нусхабардории эҳтиётӣ иҷро нашуд</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Took over a lock file that was damaged (perhaps by a sync program).</source>
        <translation>Файли қулфи вайроншуда гирифта шуд (шояд аз ҷониби барномаи ҳамоҳангсозӣ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took over a lock that was left behind.</source>
        <translation>Қулфи боқимонда гирифта шуд.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took over the lock {user} left on {host}: that app&apos;s process {pid} has ended.</source>
        <translation>Қулфе, ки {user} дар {host} гузошта буд, гирифта шуд: раванди {pid}-и он барнома ба охир расидааст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took over the lock {user} left on {host}: that app&apos;s process {pid} has ended (the number belongs to another program now).</source>
        <translation>Қулфе, ки {user} дар {host} гузошта буд, гирифта шуд: раванди {pid}-и он барнома ба охир расидааст (ин рақам акнун ба барномаи дигар тааллуқ дорад).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Took over the lock {user} left on {host}: that app has given no sign of life for %n minute(s).</source>
        <translation>
            <numerusform>Қулфе, ки {user} дар {host} гузошта буд, гирифта шуд: он барнома %n дақиқа боз нишонаи ҳаёт намедиҳад.</numerusform>
            <numerusform>Қулфе, ки {user} дар {host} гузошта буд, гирифта шуд: он барнома %n дақиқа боз нишонаи ҳаёт намедиҳад.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Took over the lock {user} left on {host}.</source>
        <translation>Қулфе, ки {user} дар {host} гузошта буд, гирифта шуд.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locking is off for this handbook: the lock file {file} cannot be written or read ({error}). Another app could open the handbook for writing at the same time.</source>
        <translation>Қулфкунӣ барои ин дастур хомӯш аст: файли қулфи {file}-ро навиштан ё хондан ғайриимкон аст ({error}). Барномаи дигар метавонад дастурро ҳамзамон барои навиштан кушояд.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locking is off for this handbook: the lock file cannot be written or read ({error}). Another app could open the handbook for writing at the same time.</source>
        <translation>Қулфкунӣ барои ин дастур хомӯш аст: файли қулфро навиштан ё хондан ғайриимкон аст ({error}). Барномаи дигар метавонад дастурро ҳамзамон барои навиштан кушояд.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{error}

Your files in the handbook are as you saved them; only the backup copy is missing.</source>
        <translation>{error}

Файлҳои шумо дар дастур ҳамон тавре ки нигоҳ доштед, боқӣ мондаанд; танҳо нусхаи эҳтиётӣ вуҷуд надорад.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not backed up: {problems}</source>
        <translation>Ба нусхаи эҳтиётӣ дохил нашуд: {problems}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} has unsaved changes in an open editor: save or discard them first, then restore it.</source>
        <translation>{file} дар муҳаррири кушода тағйироти нигоҳ дошта нашуда дорад: аввал онҳоро нигоҳ доред ё партоед, сипас онро барқарор кунед.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} was restored but cannot be read: {error}</source>
        <translation>{file} барқарор шуд, вале хонда намешавад: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Restored %n file(s) from the backup.</source>
        <translation>
            <numerusform>%n файл аз нусхаи эҳтиётӣ барқарор шуд.</numerusform>
            <numerusform>%n файл аз нусхаи эҳтиётӣ барқарор шуд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>someone</source>
        <translation>касе</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{user} has this handbook open on {host} (process {pid}) since {since}.</source>
        <translation>{user} ин дастурро дар {host} (раванди {pid}) аз {since} кушода дорад.</translation>
    </message>
</context>
<context>
    <name>ProjectTree</name>
    <message>
        <location filename="../authoring_app/gui/project_tree.py" line="+71"/>
        <source>Handbook contents</source>
        <extracomment>Item data: what a row stands for (&quot;part&quot; or &quot;section&quot;) and its slug. The user asked to open a section (double click or Enter); the argument is the section&apos;s slug. The structure changed (a change, undo or redo); the argument is the reloaded Handbook.</extracomment>
        <translation>Мундариҷаи дастур</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts and sections of the handbook, and the languages each section is written in. F2 renames, Delete deletes, Alt+Up and Alt+Down move the selected row, the context menu has more.</source>
        <translation>Қисмҳо ва фаслҳои дастур ва забонҳое, ки ҳар фасл бо онҳо навишта шудааст. F2 номро иваз мекунад, Delete нест мекунад, Alt+Up ва Alt+Down сатри интихобшударо ҷойиваз мекунанд, менюи контекстӣ амалҳои бештар дорад.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Section</source>
        <translation>Фасл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section titles in the source language</source>
        <translation>Сарлавҳаҳои фаслҳо бо забони манбаъ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{language} (source language)</source>
        <translation>{language} (забони манбаъ)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Part: {title}</source>
        <translation>Қисм: {title}</translation>
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
        <translation>Мавҷуд аст: {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing in {language}</source>
        <translation>Ғоиб аст: {language}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{language}: {present} of %n sections</source>
        <translation>
            <numerusform>{language}: {present} аз %n фасл</numerusform>
            <numerusform>{language}: {present} аз %n фасл</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <location filename="../authoring_app/gui/project_guard.py" line="-464"/>
        <source>Read-only notice</source>
        <translation>Огоҳиномаи «танҳо барои хондан»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Anyway (&amp;Take Over)…</source>
        <translation>Ба ҳар ҳол кушодан (&amp;ба ихтиёр гирифтан)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write in this handbook here; the other app can then no longer save it without asking</source>
        <translation>Навиштан дар ин дастур дар ҳамин ҷо; пас аз ин барномаи дигар онро бе пурсиш нигоҳ дошта наметавонад</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../authoring_app/gui/recovery_dialog.py" line="+86"/>
        <source>Restore unsaved text?</source>
        <extracomment>The recovery copy (what Discard deletes).</extracomment>
        <translation>Матни нигоҳ дошта нашуда барқарор карда шавад?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handbook Studio ended before this text was saved (a crash or a power cut). For each section, compare the unsaved text with the file, then restore it into the editor or discard it.</source>
        <extracomment>The section chosen for Restore.</extracomment>
        <translation>Handbook Studio пеш аз нигоҳ доштани ин матн баста шуд (корхӯрӣ ё қатъи барқ). Барои ҳар фасл матни нигоҳ дошта нашударо бо файл муқоиса кунед, сипас онро ба муҳаррир барқарор кунед ё партоед.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections with unsaved text</source>
        <translation>Фаслҳо бо матни нигоҳ дошта нашуда</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file compared with the unsaved text</source>
        <translation>Файл дар муқоиса бо матни нигоҳ дошта нашуда</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Барқарор кардан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the section with this text in the editor (not saved yet)</source>
        <translation>Кушодани фасл бо ин матн дар муҳаррир (ҳанӯз нигоҳ дошта нашуда)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Партофтан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this unsaved text and keep the file as saved</source>
        <translation>Нест кардани ин матни нигоҳ дошта нашуда ва нигоҳ доштани файл дар ҳолати нигоҳдошташуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Баъдтар &amp;ҳал кардан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the unsaved text; opening the section offers it again</source>
        <translation>Матни нигоҳ дошта нашуда боқӣ мемонад; ҳангоми кушодани фасл он боз пешниҳод карда мешавад</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file as saved</source>
        <translation>Файл дар ҳолати нигоҳдошташуда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unsaved text (recovered)</source>
        <translation>Матни нигоҳ дошта нашуда (барқароршуда)</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Unsaved text of %n section(s) is kept from the last session: open one to restore it.</source>
        <translation>
            <numerusform>Матни нигоҳ доштанашудаи %n фасл аз ҷаласаи гузашта боқӣ мондааст: барои барқарор кардан фаслро кушоед.</numerusform>
            <numerusform>Матни нигоҳ доштанашудаи %n фасл аз ҷаласаи гузашта боқӣ мондааст: барои барқарор кардан фаслро кушоед.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="-84"/>
        <source>Safety</source>
        <translation>Бехатарӣ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder of recovery copies and backups</source>
        <extracomment>The folder chosen (None: the data folder).</extracomment>
        <translation>Ҷузвдони нусхаҳои барқарорсозӣ ва нусхаҳои эҳтиётӣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data folder: {folder}</source>
        <translation>Ҷузвдони маълумот: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Интихоб…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Default</source>
        <translation>&amp;Пешфарз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the data folder again</source>
        <translation>Боз ҷузвдони маълумотро истифода бурдан</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery copies of unsaved text and the backups made on close go to this folder from the next start of Handbook Studio (the handbook command uses it at once). Those made before stay where they are.</source>
        <translation>Нусхаҳои барқарорсозии матни нигоҳ дошта нашуда ва нусхаҳои эҳтиётие, ки ҳангоми пӯшидан сохта мешаванд, аз оғози навбатии Handbook Studio ба ин ҷузвдон мераванд (фармони handbook онро фавран истифода мебарад). Нусхаҳои пештар сохташуда дар ҷояшон мемонанд.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups to keep of each handbook</source>
        <translation>Шумораи нусхаҳои эҳтиётии нигоҳдошташаванда барои ҳар дастур</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older backups are deleted when a new one is made</source>
        <translation>Ҳангоми сохтани нусхаи нав нусхаҳои эҳтиётии кӯҳна нест карда мешаванд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery and &amp;backup folder:</source>
        <translation>Ҷузвдони барқарорсозӣ ва нусхаҳои &amp;эҳтиётӣ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups to &amp;keep:</source>
        <translation>&amp;Чанд нусха нигоҳ дошта шавад:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preferences not saved</source>
        <translation>Танзимот нигоҳ дошта нашуд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety settings could not be saved in {file}: {error}</source>
        <translation>Танзимоти бехатариро дар {file} нигоҳ доштан нашуд: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder of Recovery Copies and Backups</source>
        <translation>Ҷузвдони нусхаҳои барқарорсозӣ ва нусхаҳои эҳтиётӣ</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../authoring_app/gui/section_editor.py" line="+140"/>
        <source>Could not write the recovery copy: {error}</source>
        <extracomment>Editor scroll events this soon after the preview scrolled it are ours, not the author&apos;s. The section shown changed: language, slug (empty when none).</extracomment>
        <translation>Нусхаи барқарорсозӣ навишта нашуд: {error}</translation>
    </message>
</context>
<context>
    <name>SectionFileSession</name>
    <message>
        <location filename="../authoring_app/gui/section_file_session.py" line="+96"/>
        <source>{file} was not saved: another app has this handbook open, so this window may only read it. Take the handbook over to save here, or discard the changes.</source>
        <extracomment>A recovery copy is written at most this long after a change. The window property that is true while the window&apos;s handbook is open read-only. The recovery copy could not be written: the OSError (the widget says so where it has room). The file&apos;s state or the text changed from outside the editor (reloaded, merged, the file vanished): the widget updates what it shows around the text (labels, the form).</extracomment>
        <translation>{file} нигоҳ дошта нашуд: ин дастурро барномаи дигар кушодааст, бинобар ин ин равзана онро танҳо хонда метавонад. Барои дар ин ҷо нигоҳ доштан дастурро ба ихтиёри худ гиред ё аз тағйирот даст кашед.</translation>
    </message>
</context>
<context>
    <name>SegmentEditorDelegate</name>
    <message>
        <location filename="../authoring_app/gui/translation/segment_grid.py" line="+66"/>
        <source>Segment text</source>
        <translation>Матни сегмент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return saves this segment to the file, Escape cancels</source>
        <translation>Ctrl+Return ин сегментро дар файл нигоҳ медорад, Escape бекор мекунад</translation>
    </message>
</context>
<context>
    <name>SegmentGrid</name>
    <message>
        <location line="+58"/>
        <source>&amp;Languages</source>
        <extracomment>The user asked to open ``lang``/``slug`` at file line ``line`` in the editor (double-click on a cell). The grid wrote ``lang``/``slug``: the section file or its provenance record.</extracomment>
        <translation>&amp;Забонҳо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the languages shown as columns</source>
        <translation>Забонҳоеро, ки ҳамчун сутун нишон дода мешаванд, интихоб кунед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages shown</source>
        <translation>Забонҳои нишондодашуда</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All segments</source>
        <translation>Ҳамаи сегментҳо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdated</source>
        <translation>Кӯҳнашуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Ғоиб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra</source>
        <translation>Изофӣ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show rows</source>
        <translation>Нишон додани сатрҳо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all rows, or only rows with an outdated, missing or extra segment</source>
        <translation>Нишон додани ҳамаи сатрҳо ё танҳо сатрҳое, ки сегменти кӯҳнашуда, ғоиб ё изофӣ доранд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Нишон додан:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark as Up to Date</source>
        <translation>&amp;Ба рӯз ҳисоб кардан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected outdated translations still fit the source as it is now</source>
        <translation>Тарҷумаҳои кӯҳнашудаи интихобшуда ҳанӯз ба ҳолати ҳозираи манбаъ мувофиқанд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;opy Source to Target</source>
        <translation>Нусхаи &amp;манбаъ ба тарҷума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the selected translation from the source text, then edit it</source>
        <translation>Тарҷумаи интихобшударо аз матни манбаъ оғоз кунед ва сипас онро таҳрир кунед</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments by language</source>
        <translation>Сегментҳо аз рӯи забон</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Segment details and source changes</source>
        <translation>Тафсилоти сегмент ва тағйироти манбаъ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Паём</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Next Outdated</source>
        <translation>Кӯҳнашудаи навбатӣ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next outdated segment</source>
        <translation>Гузариш ба сегменти кӯҳнашудаи навбатӣ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Outdated</source>
        <translation>Кӯҳнашудаи қаблӣ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous outdated segment</source>
        <translation>Гузариш ба сегменти кӯҳнашудаи қаблӣ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Missing</source>
        <translation>Ғоиби навбатӣ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next missing segment</source>
        <translation>Гузариш ба сегменти ғоиби навбатӣ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Missing</source>
        <translation>Ғоиби қаблӣ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous missing segment</source>
        <translation>Гузариш ба сегменти ғоиби қаблӣ</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No {status} segments in the languages shown</source>
        <translation>Дар забонҳои нишондодашуда сегменти {status} нест</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not record that: {error}</source>
        <translation>Инро сабт кардан нашуд: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select one or more outdated segments first</source>
        <translation>Аввал як ё якчанд сегменти кӯҳнашударо интихоб кунед</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n segment(s) marked as up to date</source>
        <translation>
            <numerusform>%n сегмент ба рӯз ҳисоб карда шуд</numerusform>
            <numerusform>%n сегмент ба рӯз ҳисоб карда шуд</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a cell of a translation first</source>
        <translation>Аввал катаки тарҷумаро интихоб кунед</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This segment has no source text to copy</source>
        <translation>Ин сегмент матни манбаъ барои нусхабардорӣ надорад</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file changed since the grid was shown; it has been read again.</source>
        <translation>Файл пас аз нишон додани ҷадвал тағйир ёфт; он аз нав хонда шуд.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved {lang}/{slug}.md</source>
        <translation>{lang}/{slug}.md нигоҳ дошта шуд</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was saved: another app has this handbook open; this window may only read it.</source>
        <translation>Ҳеҷ чиз нигоҳ дошта нашуд: ин дастурро барномаи дигар кушодааст; ин равзана онро танҳо хонда метавонад.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a cell to see its text and what changed in the source.</source>
        <translation>Катакро интихоб кунед, то матни он ва тағйироти манбаъро бинед.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What changed in the source since this was translated:</source>
        <translation>Пас аз тарҷума дар манбаъ чӣ тағйир ёфт:</translation>
    </message>
</context>
<context>
    <name>SegmentGridModel</name>
    <message>
        <location filename="../authoring_app/gui/translation/segment_grid_model.py" line="+127"/>
        <source>{name}: source</source>
        <extracomment>Role of the row key (``paragraph:3``, ``ru/extra:paragraph:1``) in every cell. Role of the cell&apos;s status (``translated`` …, &quot;source&quot; in the source column, None where nothing is compared). The segment of the handbook&apos;s source language (None on a row of an extra segment). The status of the row&apos;s segment in each target language that has one.</extracomment>
        <translation>{name}: манбаъ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not compared: this language has no counterpart of this row</source>
        <translation>Муқоиса нашуд: ин забон муодили ин сатрро надорад</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only in the translation: the source has no counterpart</source>
        <translation>Танҳо дар тарҷума: манбаъ муодил надорад</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <location filename="../authoring_app/gui/translation/side_by_side.py" line="+78"/>
        <source>Side by side translation</source>
        <extracomment>Statuses are recomputed this long after the last change in any column. Whether any column has unsaved changes. Open this language of the section in the single-language editor, at this file line. A column was saved: language, slug (the project tree may refresh). A short message for the status bar (what a mark means, why something was refused).</extracomment>
        <translation>Тарҷумаи паҳлӯ ба паҳлӯ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Side by side</source>
        <extracomment>Milliseconds the last status recompute took (all columns). The last status of each language, with the texts it was computed from (target, pivot column&apos;s).</extracomment>
        <translation>Паҳлӯ ба паҳлӯ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side by side tools</source>
        <translation>Асбобҳои паҳлӯ ба паҳлӯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Column</source>
        <translation>&amp;Нигоҳ доштани сутун</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the language whose text has the focus</source>
        <translation>Нигоҳ доштани забоне, ки матнаш дар фокус аст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;All</source>
        <translation>Нигоҳ доштани &amp;ҳама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every language with unsaved changes</source>
        <translation>Нигоҳ доштани ҳамаи забонҳое, ки тағйироти нигоҳ дошта нашуда доранд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Language</source>
        <translation>Илова кардани &amp;забон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one more language next to these (up to four)</source>
        <translation>Нишон додани боз як забон дар паҳлӯи инҳо (то чор)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Mark</source>
        <translation>Аломати &amp;қаблӣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Mark</source>
        <translation>Аломати на&amp;вбатӣ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next outdated, missing or extra segment</source>
        <translation>Гузариш ба сегменти навбатии кӯҳнашуда, ғоиб ё изофӣ</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{files}: changes are not saved.</source>
        <translation>{files}: тағйирот нигоҳ дошта нашудаанд.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+34"/>
        <source>Cannot open</source>
        <translation>Кушодан ғайриимкон аст</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{language} is already shown.</source>
        <translation>{language} аллакай нишон дода шудааст.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{file} is not UTF-8 and was not converted.</source>
        <translation>{file} дар UTF-8 нест ва табдил дода нашуд.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Saved {file}</source>
        <translation>{file} нигоҳ дошта шуд</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} has changes that are not saved.</source>
        <translation>{file} тағйироти нигоҳ дошта нашуда дорад.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore unsaved text?</source>
        <translation>Матни нигоҳ дошта нашуда барқарор карда шавад?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has text that was typed but not saved (the app ended before it was saved).</source>
        <translation>{file} матне дорад, ки навишта шуда, вале нигоҳ дошта нашудааст (барнома пеш аз нигоҳдорӣ баста шуд).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore it into the editor (you can still undo that)?</source>
        <translation>Онро ба муҳаррир барқарор мекунед (инро баъдтар бекор кардан мумкин аст)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Барқарор кардан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Партофтан</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No more marks in {language}.</source>
        <translation>{language}: дигар аломат нест.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_chart.py" line="+30"/>
        <source>Translation progress by language</source>
        <translation>Пешрафти тарҷума аз рӯи забон</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{language}: {percent}% translated, {outdated} outdated, {missing} missing</source>
        <translation>{language}: {percent}% тарҷумашуда, {outdated} кӯҳнашуда, {missing} ғоиб</translation>
    </message>
</context>
<context>
    <name>StatusGutter</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_gutter.py" line="+29"/>
        <source>Translation status marks</source>
        <extracomment>Background of each mark; white letters on them keep at least 4.5:1 contrast, on light and dark themes alike.</extracomment>
        <translation>Аломатҳои ҳолати тарҷума</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks beside the text: O outdated, M missing, E extra; F8 goes to the next one</source>
        <translation>Аломатҳо дар канори матн: К — кӯҳнашуда, Ғ — ғоиб, И — изофӣ; F8 ба аломати навбатӣ мегузарад</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>O</source>
        <comment>gutter mark: outdated segment</comment>
        <translation>К</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <comment>gutter mark: missing segment</comment>
        <translation>Ғ</translation>
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
        <translation>Кӯҳнашуда: манбаъ пас аз тарҷумаи ин матн тағйир ёфтааст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: this segment is not translated yet.</source>
        <translation>Ғоиб: ин сегмент ҳанӯз тарҷума нашудааст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra: this text has no counterpart in the language it is translated from.</source>
        <translation>Изофӣ: ин матн дар забоне, ки аз он тарҷума мешавад, муодил надорад.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n segments missing here.</source>
        <translation>
            <numerusform>Дар ин ҷо %n сегмент ғоиб аст.</numerusform>
            <numerusform>Дар ин ҷо %n сегмент ғоиб аст.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_chart.py" line="+57"/>
        <source>Colour legend</source>
        <translation>Шарҳи рангҳо</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <location filename="../authoring_app/gui/structure_actions.py" line="+219"/>
        <source>New &amp;Part…</source>
        <translation>&amp;Қисми нав…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Section…</source>
        <translation>&amp;Фасли нав…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Иваз кардани ном…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Title…</source>
        <translation>Иваз кардани &amp;сарлавҳа…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Нест кардан…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mo&amp;ve Up</source>
        <translation>&amp;Боло бурдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Dow&amp;n</source>
        <translation>&amp;Поён бурдан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>Бекор &amp;кардан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Такрор кардан</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Structure</source>
        <translation>Сохтор</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Rename Part…</source>
        <translation>&amp;Иваз кардани номи қисм…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Part…</source>
        <translation>&amp;Нест кардани қисм…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename File…</source>
        <translation>&amp;Иваз кардани номи файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Section…</source>
        <translation>&amp;Нест кардани фасл…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Part</source>
        <translation>Қисми нав</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New part “{title}”</source>
        <translation>Қисми нав «{title}»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New Section</source>
        <translation>Фасли нав</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New section “{title}”</source>
        <translation>Фасли нав «{title}»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename File</source>
        <translation>Иваз кардани номи файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename “{old}” to “{new}”</source>
        <translation>Иваз кардани номи «{old}» ба «{new}»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change Title</source>
        <translation>Иваз кардани сарлавҳа</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change title to “{title}”</source>
        <translation>Иваз кардани сарлавҳа ба «{title}»</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The part “{title}” still holds %n section(s). Move them to another part or delete them first.</source>
        <translation>
            <numerusform>Қисми «{title}» ҳанӯз %n фасл дорад. Аввал онҳоро ба қисми дигар гузаронед ё нест кунед.</numerusform>
            <numerusform>Қисми «{title}» ҳанӯз %n фасл дорад. Аввал онҳоро ба қисми дигар гузаронед ё нест кунед.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the empty part “{title}”?</source>
        <translation>Қисми холии «{title}» нест карда шавад?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only its entry in handbook.toml is removed. Structure ▸ Undo brings it back.</source>
        <translation>Танҳо сабти он дар handbook.toml хориҷ карда мешавад. Сохтор ▸ Бекор кардан онро бармегардонад.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete part “{slug}”</source>
        <translation>Нест кардани қисми «{slug}»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its files ({files}) are moved to the folder .trash inside the handbook, not destroyed; Undo (Ctrl+Z) puts them back.</source>
        <translation>Файлҳои он ({files}) нобуд намешаванд, балки ба ҷузвдони .trash дар дохили дастур гузаронида мешаванд; Бекор кардан (Ctrl+Z) онҳоро бармегардонад.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>нест</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n link(s) to it in other sections will be broken, e.g. {where}.</source>
        <translation>
            <numerusform>%n пайванд ба он дар фаслҳои дигар вайрон мешавад, масалан, {where}.</numerusform>
            <numerusform>%n пайванд ба он дар фаслҳои дигар вайрон мешавад, масалан, {where}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the section “{title}”?</source>
        <translation>Фасли «{title}» нест карда шавад?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete section “{title}”</source>
        <translation>Нест кардани фасли «{title}»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move part “{slug}”</source>
        <translation>Ҷойивазкунии қисми «{slug}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move section “{slug}”</source>
        <translation>Ҷойивазкунии фасли «{slug}»</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Links to this section in every language are updated.</source>
        <translation>Пайвандҳо ба ин фасл дар ҳамаи забонҳо навсозӣ мешаванд.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot change the structure</source>
        <translation>Тағйир додани сохтор ғайриимкон аст</translation>
    </message>
</context>
<context>
    <name>StructureController</name>
    <message>
        <location line="-370"/>
        <source>The handbook is open read-only: take it over (the bar above) to change its structure.</source>
        <extracomment>What the slug fields accept while typing (core&apos;s SLUG_RE has the last word). The handbook after a change, undo or redo (reloaded from disk). A change, undo or redo was refused; the argument is core&apos;s message (what, where, what to do). A change, undo or redo is about to be applied (the window saves the open section first). The operation just applied (a change, or the inverse an undo ran), after ``handbook_changed``. Another app holds the handbook&apos;s lock (see project_guard): changes are refused. Asked before every change, undo and redo; False stops it (the window saves the open text first, and a failed save must not be followed by a change that rewrites or moves that file).</extracomment>
        <translation>Дастур танҳо барои хондан кушода аст: барои тағйир додани сохтор онро ба ихтиёри худ гиред (панели боло).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{message}

The undo history was cleared because the files no longer match it.</source>
        <translation>{message}

Таърихи бекоркунӣ тоза карда шуд, зеро файлҳо дигар ба он мувофиқ нестанд.</translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <location filename="../authoring_app/gui/preview/text_preview.py" line="+23"/>
        <source>Preview of the page (simplified)</source>
        <translation>Пешнамоиши саҳифа (соддашуда)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simplified preview: the page engine (QtWebEngine) could not start, so quizzes, tabs and the site&apos;s styles are not shown. Reason: {reason}</source>
        <translation>Пешнамоиши соддашуда: муҳаррики саҳифа (QtWebEngine) оғоз нашуд, бинобар ин тестҳо, варақаҳо ва услубҳои сомона нишон дода намешаванд. Сабаб: {reason}</translation>
    </message>
</context>
<context>
    <name>TranslationDashboard</name>
    <message>
        <location filename="../authoring_app/gui/translation/dashboard.py" line="+86"/>
        <source>Dashboard state</source>
        <extracomment>The user asked to open section ``slug`` in language ``lang`` (click, Return or Space on a cell). The counts on screen are complete and current (after :meth:`set_handbook` or :meth:`refresh`).</extracomment>
        <translation>Ҳолати лавҳа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary by language</source>
        <translation>Хулоса аз рӯи забон</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Translation status by section and language</source>
        <translation>Ҳолати тарҷума аз рӯи фасл ва забон</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a cell, or press Return, to open that section in that language</source>
        <translation>Барои кушодани ҳамон фасл бо ҳамон забон катакро клик кунед ё Return-ро пахш кунед</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Counting segments…</source>
        <translation>Шумориши сегментҳо…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The status could not be counted: {error}</source>
        <translation>Ҳолатро ҳисоб кардан нашуд: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No handbook is open.</source>
        <translation>Ягон дастур кушода нашудааст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This handbook has no translations yet: add a language in handbook.toml.</source>
        <translation>Ин дастур ҳанӯз тарҷума надорад: дар handbook.toml забон илова кунед.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n sections, source language {source}</source>
        <translation>
            <numerusform>%n фасл, забони манбаъ: {source}</numerusform>
            <numerusform>%n фасл, забони манбаъ: {source}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Забон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Аз забони</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Тайёр</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(no file yet)</source>
        <translation>(ҳоло файл нест)</translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_style.py" line="+30"/>
        <source>translated</source>
        <extracomment>Solid colours (chart bars, legend swatches); cells use them with :data:`CELL_ALPHA`. Opacity of a cell&apos;s tint: translated cells stay quiet so the ones that need work stand out.</extracomment>
        <translation>тарҷумашуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outdated</source>
        <translation>кӯҳнашуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>ғоиб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra</source>
        <translation>изофӣ</translation>
    </message>
</context>
<context>
    <name>ValidationStatus</name>
    <message>
        <location filename="../authoring_app/core/export/validation.py" line="-4"/>
        <source>passed</source>
        <extracomment>A check&apos;s status; the GUI shows it translated (context ``ValidationStatus``).</extracomment>
        <translation>гузашт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>нагузашт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation>санҷида нашуд</translation>
    </message>
</context>
<context>
    <name>WebPreview</name>
    <message>
        <location filename="../authoring_app/gui/preview/web_preview.py" line="+147"/>
        <source>Preview of the page</source>
        <extracomment>Schemes a preview page may load: its own files, Qt&apos;s web channel script, inline data. The preview&apos;s scripts, in the page&apos;s head before the site&apos;s own. The page was asked to load itself again (Reload in its menu): its content would go back to the first version. True between :meth:`load_own` and the load it started: the only navigation of the page that is allowed.</extracomment>
        <translation>Пешнамоиши саҳифа</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The preview page could not be loaded; it is built again with your next change.</source>
        <translation>Саҳифаи пешнамоиш бор карда нашуд; бо тағйири навбатии шумо он аз нав сохта мешавад.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The preview stopped: Chromium&apos;s page process ended %n times in a minute (code {code}).</source>
        <translation>
            <numerusform>Пешнамоиш қатъ шуд: раванди саҳифаи Chromium дар як дақиқа %n маротиба анҷом ёфт (рамз {code}).</numerusform>
            <numerusform>Пешнамоиш қатъ шуд: раванди саҳифаи Chromium дар як дақиқа %n маротиба анҷом ёфт (рамз {code}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview stopped (Chromium&apos;s page process ended, code {code}); it was started again.</source>
        <translation>Пешнамоиш қатъ шуд (раванди саҳифаи Chromium анҷом ёфт, рамз {code}); он аз нав оғоз карда шуд.</translation>
    </message>
</context>
<context>
    <name>WorkModes</name>
    <message>
        <location filename="../authoring_app/gui/work_modes.py" line="+47"/>
        <source>&amp;Write</source>
        <translation>&amp;Навиштан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One language in the editor beside the live page</source>
        <translation>Як забон дар муҳаррир дар паҳлӯи саҳифаи зинда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages &amp;Side by Side</source>
        <translation>&amp;Забонҳо паҳлӯ ба паҳлӯ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two to four languages of the section as columns, scrolling together</source>
        <translation>Аз ду то чор забони фасл ҳамчун сутунҳое, ки якҷоя ҳаракат мекунанд</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;gments</source>
        <translation>&amp;Сегментҳо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every segment of the section with its status in every language</source>
        <translation>Ҳар сегменти фасл бо ҳолаташ дар ҳар забон</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation &amp;Dashboard</source>
        <translation>&amp;Лавҳаи тарҷума</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far every language is, section by section</source>
        <translation>Ҳар забон то куҷо расидааст, фасл ба фасл</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Problems</source>
        <translation>Му&amp;шкилот</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What handbook check finds, translation QA included</source>
        <translation>Он чи handbook check меёбад, аз ҷумла назорати сифати тарҷума</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cannot open section</source>
        <translation>Фаслро кушодан ғайриимкон аст</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Problems</source>
        <translation>Мушкилот</translation>
    </message>
</context>
<context>
    <name>_MediaBlockDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="-163"/>
        <source>&amp;Insert</source>
        <translation>&amp;Гузоштан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Интихоби файл…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing Was Inserted</source>
        <translation>Ҳеҷ чиз гузошта нашуд</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files Created</source>
        <translation>Файлҳо эҷод шуданд</translation>
    </message>
</context>
<context>
    <name>_NameDialog</name>
    <message>
        <location filename="../authoring_app/gui/structure_actions.py" line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Сарлавҳа:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 10-peer-review</source>
        <translation>масалан, 10-peer-review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower-case Latin letters, digits and hyphens; the file is named after it</source>
        <translation>Ҳарфҳои хурди лотинӣ, рақамҳо ва дефисҳо; файл бо ҳамин ном номгузорӣ мешавад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File name:</source>
        <translation>&amp;Номи файл:</translation>
    </message>
</context>
</TS>
