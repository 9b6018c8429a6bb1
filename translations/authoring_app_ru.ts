<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../authoring_app/gui/backup_dialog.py" line="+67"/>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each time you close this handbook, Handbook Studio backs up the text files that changed. Choose a backup, compare a file with how it is now, check the files to put back and restore them. The versions they replace are backed up first, so a restore can be undone the same way.</source>
        <translation>При каждом закрытии этого пособия Handbook Studio создаёт резервную копию изменившихся текстовых файлов. Выберите резервную копию, сравните файл с его текущим состоянием, отметьте файлы, которые нужно вернуть, и восстановите их. Заменяемые версии сначала сохраняются в резервную копию, поэтому восстановление можно отменить тем же способом.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups, newest first</source>
        <translation>Резервные копии, сначала новые</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files in the backup</source>
        <translation>Файлы в резервной копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compared with now</source>
        <translation>По сравнению с текущим</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file now and in the backup</source>
        <translation>Файл сейчас и в резервной копии</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Older backups are deleted when a new one is made</source>
        <translation>Более старые резервные копии удаляются при создании новой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups to keep:</source>
        <translation>&amp;Хранить резервных копий:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Restore Checked Files</source>
        <translation>&amp;Восстановить отмеченные файлы</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No backups yet: the first one is made when you close this handbook or quit the app.</source>
        <translation>Резервных копий пока нет: первая будет создана, когда вы закроете это пособие или выйдете из программы.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was restored. {problem}</source>
        <translation>Ничего не восстановлено. {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not restored: {problem}</source>
        <translation>Не восстановлено: {problem}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This backup cannot be used. {problem}</source>
        <translation>Эту резервную копию нельзя использовать. {problem}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Restored: {files}.</source>
        <translation>Восстановлено: {files}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already as in the backup: {files}.</source>
        <translation>Уже совпадают с резервной копией: {files}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The versions replaced are in the backup of {time}: restore from it to undo this.</source>
        <translation>Заменённые версии находятся в резервной копии от {time}: чтобы отменить восстановление, восстановите файлы из неё.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} · damaged</source>
        <translation>{name} · повреждена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on close</source>
        <translation>при закрытии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>создана вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>differs from now</source>
        <translation>отличается от текущего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on disk now</source>
        <translation>сейчас нет на диске</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>same as now</source>
        <translation>совпадает с текущим</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the line ends (Windows or Unix) or the byte order mark differ; the text is the same.</source>
        <translation>Различаются только концы строк (Windows или Unix) или метка порядка байтов (BOM); текст тот же.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: {file}</source>
        <translation>Сейчас: {file}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on disk now</source>
        <translation>Сейчас нет на диске</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup of {time}</source>
        <translation>Резервная копия от {time}</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <location filename="../authoring_app/gui/backup_words.py" line="+19"/>
        <source>{file} is {megabytes} MB, too large for a backup.</source>
        <translation>{file} занимает {megabytes} МБ — слишком много для резервной копии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read ({error}).</source>
        <translation>Не удаётся прочитать {file} ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a regular file (a pipe, a device or a folder).</source>
        <translation>{file} — не обычный файл (канал, устройство или папка).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} leads outside the handbook (a link?).</source>
        <translation>{file} ведёт за пределы пособия (ссылка?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} did not fit: the handbook&apos;s text is too large for one backup.</source>
        <translation>{file} не поместился: текст пособия слишком велик для одной резервной копии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} did not fit: one backup holds at most {limit} files.</source>
        <translation>{file} не поместился: одна резервная копия вмещает не больше {limit} файлов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read ({error}), so it was left as it is.</source>
        <translation>Не удаётся прочитать {file} ({error}), поэтому он оставлен как есть.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be written ({error}).</source>
        <translation>Не удалось записать {file} ({error}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It holds too many files.</source>
        <translation>В ней слишком много файлов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no manifest.json: it is not a Handbook Studio backup.</source>
        <translation>В ней нет manifest.json: это не резервная копия Handbook Studio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be read ({error}).</source>
        <translation>Её не удаётся прочитать ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its list of files is damaged ({detail}).</source>
        <translation>Её список файлов повреждён ({detail}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup {backup} cannot be used.</source>
        <translation>Резервную копию {backup} нельзя использовать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of backups to keep must be 1 or more, not {keep}.</source>
        <translation>Число хранимых резервных копий должно быть не меньше 1, а не {keep}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no backup {name} of this handbook.</source>
        <translation>У этого пособия нет резервной копии {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name {file} points outside the handbook, so it is refused.</source>
        <translation>Имя {file} указывает за пределы пособия, поэтому оно отклонено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} has no file {file}.</source>
        <translation>В резервной копии {backup} нет файла {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup {backup} is damaged: {file} is not what was saved.</source>
        <translation>Резервная копия {backup} повреждена: {file} не совпадает с сохранённым.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} holds more than can be restored at once: restore fewer files at a time.</source>
        <translation>Резервная копия {backup} содержит больше, чем можно восстановить за раз: восстанавливайте меньше файлов за раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} cannot be read ({error}).</source>
        <translation>Не удаётся прочитать резервную копию {backup} ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read now ({error}).</source>
        <translation>Сейчас не удаётся прочитать {file} ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files it would replace could not be backed up first: {files}.</source>
        <translation>Не удалось сначала создать резервную копию файлов, которые были бы заменены: {files}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be written to {folder} ({error}).</source>
        <translation>Не удалось записать резервную копию в {folder} ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in the backup is {megabytes} MB, more than a backup holds.</source>
        <translation>{member} в резервной копии занимает {megabytes} МБ — больше, чем вмещает резервная копия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in the backup unpacks to more than its size says: the backup is damaged.</source>
        <translation>{member} в резервной копии распаковывается в больший объём, чем указано: резервная копия повреждена.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../authoring_app/gui/conflict_dialog.py" line="+78"/>
        <source>The file changed on disk</source>
        <extracomment>Keys typed this soon after the dialog opened (meant for the editor) are ignored. How the file is named to the author (&quot;ru/02-flipped-classroom.md&quot;). The text as it was opened (or last saved): the common base of a merge. The author&apos;s text in the editor. The file as it is on disk now. Where the version on disk is copied before the author&apos;s text replaces it (Keep My Text); None: nowhere. The other version was written by this app itself (another view of the same file, a restore from a backup). KEEP_MINE, TAKE_THEIRS, MERGED, or None (decide later).</extracomment>
        <translation>Файл изменён на диске</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was saved from another view of this window (languages side by side, segments, or a restore from a backup) while you had unsaved changes in it here. Compare the two versions and choose which to keep, or merge them.</source>
        <translation>Файл &lt;b&gt;{file}&lt;/b&gt; был сохранён из другого вида этого окна (языки параллельно, сегменты или восстановление из резервной копии), пока здесь в нём были ваши несохранённые изменения. Сравните обе версии и выберите, какую оставить, или объедините их.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was changed by another program (another editor, git, a synced folder) while you had unsaved changes in it. Compare the two versions and choose which to keep, or merge them.</source>
        <translation>Файл &lt;b&gt;{file}&lt;/b&gt; был изменён другой программой (другим редактором, git, синхронизируемой папкой), пока в нём были ваши несохранённые изменения. Сравните обе версии и выберите, какую оставить, или объедините их.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you keep your text, the version on disk is copied first to {folder}, so nothing is lost.</source>
        <translation>Если вы оставите свой текст, версия на диске сначала будет скопирована в {folder}, так что ничего не потеряется.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The version on disk compared with yours</source>
        <translation>Версия на диске в сравнении с вашей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On disk now (theirs)</source>
        <translation>Сейчас на диске (их версия)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the editor (yours)</source>
        <translation>В редакторе (ваша версия)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep My Text</source>
        <translation>&amp;Оставить мой текст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep your text; saving it replaces the version on disk (a copy of that version is kept)</source>
        <translation>Оставить ваш текст; при сохранении он заменит версию на диске (копия этой версии сохранится)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use the Version on Disk</source>
        <translation>Взять версию с &amp;диска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the version on disk into the editor (Ctrl+Z brings yours back)</source>
        <translation>Загрузить версию с диска в редактор (Ctrl+Z вернёт вашу)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>О&amp;бъединить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combine both sets of changes, then check the result</source>
        <translation>Объединить оба набора изменений, а затем проверить результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change nothing now; saving will ask before it replaces the other version</source>
        <translation>Пока ничего не менять; при сохранении будет задан вопрос, прежде чем заменить другую версию</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Merged text</source>
        <translation>Объединённый текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use Merged Text</source>
        <translation>&amp;Использовать объединённый текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this text in the editor, unsaved</source>
        <translation>Поместить этот текст в редактор без сохранения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>your text</source>
        <translation>ваш текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on disk</source>
        <translation>на диске</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Both versions changed the same lines in %n place(s): both are kept between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines, highlighted. Keep what should stay, delete the rest and the marker lines, then use the merged text.</source>
        <translation>
            <numerusform>Обе версии изменили одни и те же строки в %n месте: оба варианта сохранены между строками &lt;&lt;&lt;&lt;&lt;&lt;&lt; и &gt;&gt;&gt;&gt;&gt;&gt;&gt; и выделены. Оставьте нужное, удалите остальное и строки-маркеры, затем используйте объединённый текст.</numerusform>
            <numerusform>Обе версии изменили одни и те же строки в %n местах: оба варианта сохранены между строками &lt;&lt;&lt;&lt;&lt;&lt;&lt; и &gt;&gt;&gt;&gt;&gt;&gt;&gt; и выделены. Оставьте нужное, удалите остальное и строки-маркеры, затем используйте объединённый текст.</numerusform>
            <numerusform>Обе версии изменили одни и те же строки в %n местах: оба варианта сохранены между строками &lt;&lt;&lt;&lt;&lt;&lt;&lt; и &gt;&gt;&gt;&gt;&gt;&gt;&gt; и выделены. Оставьте нужное, удалите остальное и строки-маркеры, затем используйте объединённый текст.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The changes merged without conflicts. Check the text, then use it (it is not saved yet).</source>
        <translation>Изменения объединены без конфликтов. Проверьте текст, затем используйте его (он ещё не сохранён).</translation>
    </message>
</context>
<context>
    <name>ConvertEncodingDialog</name>
    <message>
        <location filename="../authoring_app/gui/encoding_dialog.py" line="+84"/>
        <source>Convert to UTF-8?</source>
        <translation>Преобразовать в UTF-8?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not saved as UTF-8, the encoding the handbook uses: it looks like &lt;b&gt;{encoding}&lt;/b&gt; text.</source>
        <translation>Файл &lt;b&gt;{file}&lt;/b&gt; сохранён не в UTF-8 — кодировке, которую использует пособие: похоже, это текст в кодировке &lt;b&gt;{encoding}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not saved as UTF-8, the encoding the handbook uses, and its encoding cannot be told for sure. Choose the one in which the text below reads correctly.</source>
        <translation>Файл &lt;b&gt;{file}&lt;/b&gt; сохранён не в UTF-8 — кодировке, которую использует пособие, — и его кодировку нельзя определить наверняка. Выберите ту, в которой текст ниже читается правильно.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encoding of the file</source>
        <translation>Кодировка файла</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first lines of the file in this encoding</source>
        <translation>Первые строки файла в этой кодировке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converting rewrites the file as UTF-8 (same text, same line ends) and keeps a copy of the original next to the recovery copies, then opens it.</source>
        <translation>При преобразовании файл перезаписывается в UTF-8 (тот же текст, те же концы строк), копия оригинала сохраняется рядом с копиями для восстановления, после чего файл открывается.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Convert to UTF-8</source>
        <translation>&amp;Преобразовать в UTF-8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Read as:</source>
        <translation>&amp;Читать как:</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../authoring_app/gui/diff_view.py" line="+120"/>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsaved</source>
        <translation>не сохранено</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two versions are the same.</source>
        <translation>Обе версии совпадают.</translation>
    </message>
</context>
<context>
    <name>DiffWords</name>
    <message numerus="yes">
        <location line="-75"/>
        <source>… %n unchanged line(s)</source>
        <translation>
            <numerusform>… %n неизменённая строка</numerusform>
            <numerusform>… %n неизменённые строки</numerusform>
            <numerusform>… %n неизменённых строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Encoding</name>
    <message>
        <location filename="../authoring_app/core/encoding.py" line="+25"/>
        <source>Windows-1251 (Cyrillic)</source>
        <extracomment>The encodings the app offers to convert from, with what they were used for (the GUI&apos;s list, translated there with ``QCoreApplication.translate(NAMES_CONTEXT, name)``; the CLI&apos;s --from).</extracomment>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KOI8-R (Russian)</source>
        <translation>KOI8-R (русский)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KOI8-U (Ukrainian)</source>
        <translation>KOI8-U (украинский)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOS 866 (Cyrillic)</source>
        <translation>DOS 866 (кириллица)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 8859-5 (Cyrillic)</source>
        <translation>ISO 8859-5 (кириллица)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mac Cyrillic</source>
        <translation>Mac кириллица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16 (Windows “Unicode”)</source>
        <translation>UTF-16 (Windows «Unicode»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (западноевропейская)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254 (турецкая)</translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <location filename="../authoring_app/gui/encoding_dialog.py" line="-72"/>
        <source>Line {line} cannot be read as {encoding}: the file is in another encoding.</source>
        <extracomment>The encoding shown first when the bytes do not say which one they are in.</extracomment>
        <translation>Строку {line} нельзя прочитать как {encoding}: файл в другой кодировке.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{encoding}” is not an encoding this app knows.</source>
        <translation>«{encoding}» — кодировка, которую приложение не знает.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is {size} MB, too large for a section: split it into several sections.</source>
        <translation>Файл занимает {size} МБ — слишком много для раздела: разделите его на несколько разделов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>Не удалось прочитать файл: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be converted: {reason}. It is unchanged; check the folder&apos;s permissions and free space, then try again.</source>
        <translation>Не удалось преобразовать файл: {reason}. Файл не изменён; проверьте права доступа к папке и свободное место, затем повторите попытку.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Cannot convert</source>
        <translation>Не удалось преобразовать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} was converted from {encoding} to UTF-8; the original is kept in {backup}.</source>
        <translation>Файл {file} преобразован из {encoding} в UTF-8; оригинал сохранён в {backup}.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../authoring_app/gui/export_runner.py" line="+146"/>
        <source>Exporting</source>
        <extracomment>Threads of running exports. A thread has no parent, so closing the window that started it never destroys it while it runs (Qt aborts then); it leaves this set when it has finished.</extracomment>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the export…</source>
        <translation>Подготовка к экспорту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopping the export…</source>
        <translation>Остановка экспорта…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rendering sections</source>
        <translation>Формирование разделов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing pages</source>
        <translation>Запись страниц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the search index</source>
        <translation>Построение поискового индекса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing files</source>
        <translation>Запись файлов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCORM 1.2 packages</source>
        <translation>Пакеты SCORM 1.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCORM 2004 packages</source>
        <translation>Пакеты SCORM 2004</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPUB books</source>
        <translation>Книги EPUB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single HTML files</source>
        <translation>Единые HTML-файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files</source>
        <translation>Файлы PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validating</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} из {total}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export Failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything exported to that folder before is unchanged.</source>
        <translation>Всё, что было экспортировано в эту папку ранее, не изменилось.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The handbook could not be read, so nothing was exported.</source>
        <translation>Не удалось прочитать пособие, поэтому ничего не экспортировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

Correct the file named above and export again.</source>
        <translation>{problem}

Исправьте указанный выше файл и повторите экспорт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handbook could not be exported to {folder}.</source>
        <translation>Не удалось экспортировать пособие в {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export could not write to {folder}.</source>
        <translation>При экспорте не удалось выполнить запись в {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {reason}.

Check that the disk has free space and that you may write to that folder, then export again. {unchanged}</source>
        <translation>{file}: {reason}.

Убедитесь, что на диске есть свободное место и у вас есть право записи в эту папку, затем повторите экспорт. {unchanged}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unexpected error stopped the export to {folder}.</source>
        <translation>Экспорт в {folder} прерван из-за непредвиденной ошибки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{error}

{unchanged} Please report this problem, with the details below, to the people who maintain Handbook Studio.</source>
        <translation>{error}

{unchanged} Пожалуйста, сообщите об этой проблеме разработчикам Handbook Studio, приложив приведённые ниже сведения.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export cancelled: the folder is as it was before.</source>
        <translation>Экспорт отменён: папка осталась в прежнем состоянии.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Validating the result…</source>
        <translation>Проверка результата…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../authoring_app/gui/export_dialog.py" line="+73"/>
        <source>Export Handbook</source>
        <extracomment>False: the export would be refused, so the Export button is off. Shown under the folder field (&quot;&quot; when there is nothing to say). True when ``message`` is a warning rather than a note.</extracomment>
        <translation>Экспорт пособия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export handbook</source>
        <translation>Экспорт пособия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output folder</source>
        <translation>Папка экспорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the output folder</source>
        <translation>Выбрать папку экспорта</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About the output folder</source>
        <translation>О папке экспорта</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Formats to make</source>
        <translation>Создаваемые форматы</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Validate the result (HTML, accessibility, EPUB and SCORM checks)</source>
        <translation>Про&amp;верить результат (HTML, доступность, EPUB и SCORM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs the validators installed on this computer and writes report.html; takes a little longer.</source>
        <translation>Запускает валидаторы, установленные на этом компьютере, и записывает report.html; это занимает немного больше времени.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages to export</source>
        <translation>Экспортируемые языки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{language} ({code}, source)</source>
        <translation>{language} ({code}, исходный)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Base URL (optional)</source>
        <translation>Базовый URL (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://courses.example.edu/handbook/ (optional)</source>
        <translation>https://courses.example.edu/handbook/ (необязательно)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output &amp;folder:</source>
        <translation>&amp;Папка экспорта:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ormats:</source>
        <translation>&amp;Форматы:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base &amp;URL:</source>
        <translation>Базовый &amp;URL:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose the folder the export goes into.</source>
        <translation>Выберите папку, в которую будет выполнен экспорт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the full path of the folder, or choose it with Browse…</source>
        <translation>Укажите полный путь к папке или выберите её кнопкой «Обзор…»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This folder holds the handbook itself: choose another folder.</source>
        <translation>В этой папке находится само пособие: выберите другую папку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is inside the handbook: choose a folder outside {root}.</source>
        <translation>Эта папка находится внутри пособия: выберите папку вне {root}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a file, not a folder: choose a folder.</source>
        <translation>Это файл, а не папка: выберите папку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An earlier export in this folder will be replaced.</source>
        <translation>Предыдущий экспорт в этой папке будет заменён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is not empty and was not made by an export. The export replaces its whole folder, so it will not write here: choose an empty or new folder.</source>
        <translation>Эта папка не пуста и создана не при экспорте. Экспорт заменяет свою папку целиком, поэтому записывать сюда он не будет: выберите пустую или новую папку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder is empty: the export will be written into it.</source>
        <translation>Папка пуста: экспорт будет записан в неё.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder cannot be read ({reason}).</source>
        <translation>Не удаётся прочитать эту папку ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder will be created.</source>
        <translation>Папка будет создана.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the Output Folder</source>
        <translation>Выбор папки экспорта</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose at least one format.</source>
        <translation>Выберите хотя бы один формат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One file per language and format goes into the folder, the website into its site folder.</source>
        <translation>В папку записывается по одному файлу на каждый язык и формат, а веб-сайт — в отдельную папку сайта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per language and format goes into the folder.</source>
        <translation>В папку записывается по одному файлу на каждый язык и формат.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose at least one language.</source>
        <translation>Выберите хотя бы один язык.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only for sitemap.xml: search engines need full addresses. Leave empty if unsure.</source>
        <translation>Нужен только для sitemap.xml: поисковым системам нужны полные адреса. Если не уверены, оставьте поле пустым.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A base URL starts with https:// (or http://).</source>
        <translation>Базовый URL начинается с https:// (или http://).</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../authoring_app/gui/export_formats.py" line="+192"/>
        <source>all</source>
        <extracomment>Format keys, in the order of :data:`EXPORT_FORMATS` (never empty). The chosen languages, in the handbook&apos;s order (never empty). Worker processes for rendering (None: the core&apos;s choice). Tests pass 1 to stay in one process. Run the installed validators on the result and write report.html. The file &quot;Open&quot; shows (the site&apos;s language chooser, a package, a book …); None when there is nothing to open. Pages a reader can open (HTML pages of a website). All files written or kept. Sections rendered this time (the others came from the cache). Files kept unchanged from the previous export. Every output, for validation. With &quot;Validate the result&quot;: report.html, one line per check, and whether a check failed. Source texts, translated when shown (marked with QT_TRANSLATE_NOOP in the &quot;ExportFormats&quot; context). Runs this format&apos;s part of a job; ``progress`` may raise to stop it (cancellation). ``module:function`` of the builder; the format is offered only when it imports. Must run on the GUI thread (QtWebEngine): the controller runs it there, after the export thread.</extracomment>
        <translation>все</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(first: {message})</source>
        <translation>(первое: {message})</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Website (online and offline)</source>
        <translation>Веб-сайт (онлайн и офлайн)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static pages for a web server that also work straight from a folder or a USB stick: open index.html.</source>
        <translation>Статические страницы для веб-сервера, которые работают и прямо из папки или с USB-накопителя: откройте index.html.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Open in browser</source>
        <translation>Открыть в браузере</translation>
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
        <translation>По одному .zip на язык — для Moodle и большинства других LMS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SCORM 2004 package</source>
        <translation>Пакет SCORM 2004</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .zip per language for LMSs that run SCORM 2004 (4th edition).</source>
        <translation>По одному .zip на язык — для LMS с поддержкой SCORM 2004 (4-е издание).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EPUB book</source>
        <translation>Книга EPUB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An EPUB 3 e-book per language, for e-readers and reading apps.</source>
        <translation>По одной электронной книге EPUB 3 на язык — для устройств и приложений для чтения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open book</source>
        <translation>Открыть книгу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single HTML file</source>
        <translation>Единый HTML-файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole handbook in one self-contained .html file per language.</source>
        <translation>Всё пособие в одном автономном файле .html на каждый язык.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../authoring_app/core/export/formats.py" line="+24"/>
        <source>PDF for print</source>
        <translation>PDF для печати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An A4 PDF per language, for printing.</source>
        <translation>По одному PDF формата A4 на язык — для печати.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open PDF</source>
        <translation>Открыть PDF</translation>
    </message>
    <message>
        <location filename="../authoring_app/core/export/formats.py" line="-18"/>
        <source>SCORM 2004 (4th edition) package</source>
        <translation>Пакет SCORM 2004 (4-е издание)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>EPUB 3 book</source>
        <translation>Книга EPUB 3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>single HTML file</source>
        <translation>единый HTML-файл</translation>
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
        <translation>Экспорт завершён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export is ready.</source>
        <translation>Экспорт готов.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The export is ready, with %n problems.</source>
        <translation>
            <numerusform>Экспорт готов, но найдена %n проблема.</numerusform>
            <numerusform>Экспорт готов, но найдены %n проблемы.</numerusform>
            <numerusform>Экспорт готов, но найдено %n проблем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pages} ({files} in all) in {seconds} s, written to {folder}</source>
        <translation>{pages} (всего {files}) за {seconds} с, записано в {folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export summary</source>
        <translation>Итоги экспорта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No section had to be rendered again: all came from the cache.</source>
        <translation>Ни один раздел не пришлось формировать заново: все взяты из кэша.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sections rendered now</source>
        <translation>
            <numerusform>В этот раз сформирован %n раздел</numerusform>
            <numerusform>В этот раз сформированы %n раздела</numerusform>
            <numerusform>В этот раз сформировано %n разделов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n files unchanged since the last export.</source>
        <translation>
            <numerusform>%n файл не изменился с прошлого экспорта.</numerusform>
            <numerusform>%n файла не изменились с прошлого экспорта.</numerusform>
            <numerusform>%n файлов не изменились с прошлого экспорта.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sections rendered now.</source>
        <translation>
            <numerusform>В этот раз сформирован %n раздел.</numerusform>
            <numerusform>В этот раз сформированы %n раздела.</numerusform>
            <numerusform>В этот раз сформировано %n разделов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems found</source>
        <translation>Найденные проблемы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pages concerned are still published. Correct the files named below and export again:</source>
        <translation>Затронутые страницы всё равно опубликованы. Исправьте указанные ниже файлы и повторите экспорт:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open report</source>
        <translation>Открыть отчёт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Validation results</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation found problems (✗). Open the report for the details:</source>
        <translation>Проверка выявила проблемы (✗). Подробности смотрите в отчёте:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation found no problem. — marks a check whose validator is not installed:</source>
        <translation>Проверка не выявила проблем. Знаком — отмечены проверки, для которых не установлен валидатор:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot Open</source>
        <translation>Не удалось открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program to open {path} was found. Open it from your file manager.</source>
        <translation>Не найдена программа, которая может открыть {path}. Откройте его в файловом менеджере.</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <location filename="../authoring_app/gui/external_changes.py" line="+161"/>
        <source>{file} changed on disk but cannot be read ({error}); your text stays in the editor.</source>
        <translation>Файл {file} изменён на диске, но его не удаётся прочитать ({error}); ваш текст остаётся в редакторе.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} was changed by another program and reloaded (Ctrl+Z brings back the text before).</source>
        <translation>Файл {file} изменён другой программой и загружен заново (Ctrl+Z вернёт прежний текст).</translation>
    </message>
    <message numerus="yes">
        <location line="-56"/>
        <source>%n file(s) deleted or renamed</source>
        <extracomment>How long the segment grid&apos;s refresh waits for the translator to finish editing a cell. A burst of outside changes was handled: the ``frozenset`` of files it touched.</extracomment>
        <translation>
            <numerusform>%n файл удалён или переименован</numerusform>
            <numerusform>%n файла удалены или переименованы</numerusform>
            <numerusform>%n файлов удалены или переименованы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted or renamed by another program (%n file(s)): {files}. Your text is still open in the app, unsaved, and in the recovery copy: save it to write the file again, or copy the text elsewhere.</source>
        <translation>
            <numerusform>Удалён или переименован другой программой (%n файл): {files}. Ваш текст по-прежнему открыт в приложении, не сохранён и есть в копии для восстановления: сохраните его, чтобы снова записать файл, или скопируйте текст в другое место.</numerusform>
            <numerusform>Удалены или переименованы другой программой (%n файла): {files}. Ваш текст по-прежнему открыт в приложении, не сохранён и есть в копиях для восстановления: сохраните его, чтобы снова записать файлы, или скопируйте текст в другое место.</numerusform>
            <numerusform>Удалены или переименованы другой программой (%n файлов): {files}. Ваш текст по-прежнему открыт в приложении, не сохранён и есть в копиях для восстановления: сохраните его, чтобы снова записать файлы, или скопируйте текст в другое место.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{file}: the version on disk could not be copied ({error}), so nothing was changed; saving will ask before it replaces that version.</source>
        <translation>{file}: не удалось скопировать версию на диске ({error}), поэтому ничего не изменено; при сохранении приложение спросит, прежде чем заменить эту версию.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: your text is kept; saving replaces the version on disk, copied to {copy}.</source>
        <translation>{file}: ваш текст оставлен; при сохранении он заменит версию на диске, скопированную в {copy}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: the version on disk was loaded.</source>
        <translation>{file}: загружена версия с диска.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: the merged text is in the editor, not saved yet.</source>
        <translation>{file}: объединённый текст находится в редакторе и ещё не сохранён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} changed on disk; saving will ask before it replaces that change.</source>
        <translation>Файл {file} изменён на диске; при сохранении будет задан вопрос, прежде чем заменить это изменение.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>handbook.toml was changed by another program and cannot be read ({error}); the contents shown are as before. Correct the file to see the new contents.</source>
        <translation>Файл handbook.toml изменён другой программой, и его не удаётся прочитать ({error}); показано прежнее содержание. Исправьте файл, чтобы увидеть новое содержание.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>handbook.toml was changed by another program: the contents were reloaded.</source>
        <translation>Файл handbook.toml изменён другой программой: содержание загружено заново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The section {slug} is no longer in handbook.toml; its text stays open.</source>
        <translation>Раздела {slug} больше нет в handbook.toml; его текст остаётся открытым.</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <location filename="../authoring_app/gui/media_form.py" line="+123"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../authoring_app/gui/editor/find_replace.py" line="+68"/>
        <source>Find and replace</source>
        <extracomment>How many matches are painted in the text at most (counting goes on beyond it).</extracomment>
        <translation>Поиск и замена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to find</source>
        <translation>Искомый текст</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement text</source>
        <translation>Текст замены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With regular expressions, \1 or \g&lt;name&gt; inserts a matched group</source>
        <translation>В регулярных выражениях \1 или \g&lt;name&gt; вставляет найденную группу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match &amp;case</source>
        <translation>&amp;Учитывать регистр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Учитывать регистр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>Слова &amp;целиком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words only</source>
        <translation>Только слова целиком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gular expression</source>
        <translation>Ре&amp;гулярное выражение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Регулярное выражение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python regular expressions; refer to groups as \1 in the replacement</source>
        <translation>Регулярные выражения Python; в тексте замены ссылайтесь на группы как \1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Найти предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the next match (F3)</source>
        <translation>Найти следующее совпадение (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace this match and find the next</source>
        <translation>Заменить это совпадение и найти следующее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;all</source>
        <translation>Заме&amp;нить все</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace every match</source>
        <translation>Заменить все совпадения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Escape)</source>
        <translation>Закрыть панель поиска (Escape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search result</source>
        <translation>Результат поиска</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;next</source>
        <translation>Найти &amp;следующее</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find pre&amp;vious</source>
        <translation>Найти пре&amp;дыдущее</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>Заменено %n совпадение</numerusform>
            <numerusform>Заменено %n совпадения</numerusform>
            <numerusform>Заменено %n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Invalid replacement: {error}</source>
        <translation>Недопустимая замена: {error}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{current} of {total}</source>
        <translation>{current} из {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}, from the top</source>
        <translation>{current} из {total}, с начала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}, from the end</source>
        <translation>{current} из {total}, с конца</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid regular expression: {error}</source>
        <translation>Недопустимое регулярное выражение: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <location filename="../authoring_app/gui/editor/formatting.py" line="+346"/>
        <source>&amp;Bold</source>
        <translation>&amp;Полужирный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text bold</source>
        <translation>Сделать выделенный текст полужирным</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text italic</source>
        <translation>Сделать выделенный текст курсивным</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inline &amp;code</source>
        <translation>&amp;Встроенный код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected text as code</source>
        <translation>Пометить выделенный текст как код</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Link…</source>
        <translation>&amp;Ссылка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text a link</source>
        <translation>Сделать выделенный текст ссылкой</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heading &amp;{level}</source>
        <translation>Заголовок &amp;{level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line a heading of level {level}</source>
        <translation>Сделать текущую строку заголовком уровня {level}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Абзац</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line plain text</source>
        <translation>Сделать текущую строку обычным текстом</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;ulleted list</source>
        <translation>&amp;Маркированный список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a bulleted list</source>
        <translation>Сделать выделенные строки маркированным списком</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Numbered list</source>
        <translation>&amp;Нумерованный список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a numbered list</source>
        <translation>Сделать выделенные строки нумерованным списком</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Block &amp;quote</source>
        <translation>&amp;Цитата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote the selected lines</source>
        <translation>Оформить выделенные строки как цитату</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code bl&amp;ock</source>
        <translation>Блок к&amp;ода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected lines in a code block</source>
        <translation>Поместить выделенные строки в блок кода</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Table</source>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a table with three columns and two rows</source>
        <translation>Вставить таблицу из трёх столбцов и двух строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Столбец</translation>
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
        <translation>Сведения о разделе</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Front matter problems</source>
        <translation>Проблемы в метаданных раздела</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section&apos;s title, as shown in the contents</source>
        <translation>Название раздела, как оно показано в содержании</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Аннотация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two sentences for the contents page and search</source>
        <translation>Одно-два предложения для страницы содержания и поиска</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Separated by commas</source>
        <translation>Через запятую</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Аннотация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keywords:</source>
        <translation>&amp;Ключевые слова:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au&amp;thors:</source>
        <translation>Ав&amp;торы:</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Line {line}: {problem}</source>
        <translation>Строка {line}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the front matter in the text; the form is read-only until then.</source>
        <translation>Исправьте метаданные (front matter) в тексте; до тех пор форма доступна только для чтения.</translation>
    </message>
</context>
<context>
    <name>InsertAudioDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="+232"/>
        <source>Insert Audio</source>
        <translation>Вставка аудио</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert audio</source>
        <translation>Вставка аудио</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an audio file</source>
        <translation>Выбрать аудиофайл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recording chosen yet</source>
        <translation>Запись ещё не выбрана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption of the recording</source>
        <translation>Подпись к записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown above the player, e.g. who speaks about what</source>
        <translation>Показывается над проигрывателем, например: кто и о чём говорит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;transcript files, one per language</source>
        <translation>Создать файлы &amp;расшифровки, по одному на язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create transcript files for each language</source>
        <translation>Создать файлы расшифровки для каждого языка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audio &amp;file:</source>
        <translation>Аудио&amp;файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>По&amp;дпись:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording is copied as it is (Ogg or MP3 play everywhere). Languages: {languages}.</source>
        <translation>Запись копируется без изменений (Ogg и MP3 воспроизводятся везде). Языки: {languages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Recording</source>
        <translation>Выбор записи</translation>
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
        <translation>В папке медиафайлов пособия созданы следующие файлы расшифровки, по одному на язык. Запишите в них то, что говорится в записи (Markdown):

{files}</translation>
    </message>
</context>
<context>
    <name>InsertImageDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_image_dialog.py" line="+70"/>
        <source>Insert Image</source>
        <translation>Вставка изображения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert image</source>
        <translation>Вставка изображения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose file…</source>
        <translation>Вы&amp;брать файл…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an image file</source>
        <translation>Выбрать файл изображения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No image chosen yet</source>
        <translation>Изображение ещё не выбрано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop an image here or choose a file</source>
        <translation>Перетащите сюда изображение или выберите файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the image</source>
        <translation>Предпросмотр изображения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image size</source>
        <translation>Размер изображения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt text (required)</source>
        <translation>Альтернативный текст (обязательно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the image shows, for readers who cannot see it. Required.</source>
        <translation>Что изображено — для читателей, которые не видят изображение. Обязательно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the image shows, e.g. “Students working in pairs”</source>
        <translation>Что изображено, например: «Студенты работают в парах»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alt text is required: readers with a screen reader hear it instead of seeing the image.</source>
        <translation>Альтернативный текст обязателен: читатели, использующие программу экранного доступа, слышат его вместо изображения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why alt text is needed</source>
        <translation>Зачем нужен альтернативный текст</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caption (optional)</source>
        <translation>Подпись (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown under the image (optional)</source>
        <translation>Показывается под изображением (необязательно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image &amp;file:</source>
        <translation>&amp;Файл изображения:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Alt text (required):</source>
        <translation>&amp;Альтернативный текст (обязательно):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ption:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an Image</source>
        <translation>Выбор изображения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pasted image</source>
        <translation>Вставленное изображение</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This Image Cannot Be Used</source>
        <translation>Это изображение нельзя использовать</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No preview available</source>
        <translation>Предпросмотр недоступен</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SVG drawing: stored as it is, sharp at any size.</source>
        <translation>Рисунок SVG: сохраняется без изменений, чёткий при любом размере.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{width} × {height} pixels: will be scaled down to {final_width} × {final_height} pixels, large enough for any screen.</source>
        <translation>{width} × {height} пикс.: будет уменьшено до {final_width} × {final_height} пикс. — этого достаточно для любого экрана.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{width} × {height} pixels.</source>
        <translation>{width} × {height} пикс.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera data (such as the location) will be removed.</source>
        <translation>Данные камеры (например, местоположение) будут удалены.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The Image Was Not Inserted</source>
        <translation>Изображение не вставлено</translation>
    </message>
</context>
<context>
    <name>InsertVideoDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="-108"/>
        <source>Insert Video</source>
        <translation>Вставка видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert video</source>
        <translation>Вставка видео</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a video file</source>
        <translation>Выбрать видеофайл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No video chosen yet</source>
        <translation>Видео ещё не выбрано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption under the player</source>
        <translation>Подпись под проигрывателем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown under the player, e.g. what the video is about</source>
        <translation>Показывается под проигрывателем, например: о чём это видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;caption files (.vtt), one per language</source>
        <translation>Создать файлы &amp;субтитров (.vtt), по одному на язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create caption files for each language</source>
        <translation>Создать файлы субтитров для каждого языка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose poster…</source>
        <translation>Выбрать обложку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a poster image</source>
        <translation>Выбрать изображение обложки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (optional)</source>
        <translation>Нет (необязательно)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the poster image</source>
        <translation>Убрать изображение обложки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Video file:</source>
        <translation>Видео&amp;файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Poster:</source>
        <translation>&amp;Обложка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>По&amp;дпись:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is copied as it is (WebM or MP4 play everywhere). Languages: {languages}.</source>
        <translation>Видео копируется без изменений (WebM и MP4 воспроизводятся везде). Языки: {languages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Video</source>
        <translation>Выбор видео</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Videos ({patterns})</source>
        <translation>Видео ({patterns})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Poster Image</source>
        <translation>Выбор изображения обложки</translation>
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
        <translation>В папке медиафайлов пособия созданы следующие файлы субтитров, по одному на язык. Запишите в них субтитры (WebVTT):

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
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the interface</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used the next time Handbook Studio starts.</source>
        <translation>Новый язык будет применён при следующем запуске Handbook Studio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>LanguageColumn</name>
    <message>
        <location filename="../authoring_app/gui/translation/side_by_side_column.py" line="+56"/>
        <source>Language of this column</source>
        <extracomment>The user picked another language in the header&apos;s picker. The editor took the focus: this is the column Ctrl+S saves and whose segment is highlighted.</extracomment>
        <translation>Язык этого столбца</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>● unsaved</source>
        <translation>● не сохранено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This column has unsaved changes</source>
        <translation>В этом столбце есть несохранённые изменения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation status of this column</source>
        <translation>Состояние перевода в этом столбце</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the page of this language below</source>
        <translation>Показать ниже страницу на этом языке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this language in the section editor</source>
        <translation>Открыть этот язык в редакторе раздела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this column</source>
        <translation>Убрать этот столбец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove column</source>
        <translation>Убрать столбец</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{language} text</source>
        <translation>Текст: {language}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Source language</source>
        <translation>Исходный язык</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n outdated</source>
        <translation>
            <numerusform>%n устаревший</numerusform>
            <numerusform>%n устаревших</numerusform>
            <numerusform>%n устаревших</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n отсутствующий</numerusform>
            <numerusform>%n отсутствующих</numerusform>
            <numerusform>%n отсутствующих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n extra</source>
        <translation>
            <numerusform>%n лишний</numerusform>
            <numerusform>%n лишних</numerusform>
            <numerusform>%n лишних</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date</source>
        <translation>Перевод актуален</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counts} (against {pivot})</source>
        <translation>{counts} (относительно: {pivot})</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{file} (new file)</source>
        <translation>{file} (новый файл)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the recovery copy: {error}</source>
        <translation>Не удалось записать копию для восстановления: {error}</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <location filename="../authoring_app/gui/languages.py" line="+13"/>
        <source>Bulgarian</source>
        <translation>Болгарский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>Кыргызский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajik</source>
        <translation>Таджикский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmen</source>
        <translation>Туркменский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>Узбекский</translation>
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
        <translation>&amp;Создать пособие…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Handbook…</source>
        <translation>&amp;Открыть пособие…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a handbook folder (the one holding handbook.toml)</source>
        <translation>Открыть папку пособия (ту, в которой находится handbook.toml)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние пособия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the handbook as a website that also works offline</source>
        <translation>Опубликовать пособие в виде веб-сайта, который работает и офлайн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>Выде&amp;лить всё</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Preferences…</source>
        <translation>Нас&amp;тройки…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ormat</source>
        <translation>Фор&amp;мат</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insert</source>
        <translation>&amp;Вставка</translation>
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
        <translation>Ст&amp;руктура</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;View</source>
        <translation>В&amp;ид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Preview</source>
        <translation>Показать пр&amp;едпросмотр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;System</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>С&amp;ветлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reset Layout</source>
        <translation>Сбросить располо&amp;жение панелей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Handbook Studio</source>
        <translation>&amp;О программе Handbook Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>{file}: only images, video and audio can be dropped into a section</source>
        <translation>{file}: в раздел можно перетаскивать только изображения, видео и аудио</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
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
        <translation>Название пособия</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handbook folder</source>
        <translation>Папка пособия</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Editor area</source>
        <translation>Область редактора</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section being edited</source>
        <translation>Редактируемый раздел</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the section being edited</source>
        <translation>Язык редактируемого раздела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this section in another language</source>
        <translation>Редактировать этот раздел на другом языке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Handbook summary</source>
        <translation>Сводка по пособию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words and characters</source>
        <translation>Слова и символы</translation>
    </message>
    <message>
        <location line="+125"/>
        <location filename="../authoring_app/gui/structure_follow.py" line="+70"/>
        <source>Cannot open section</source>
        <extracomment>The section the window is on (the Write mode edits it; the other modes show it), and its language.</extracomment>
        <translation>Не удаётся открыть раздел</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved {file}</source>
        <translation>Сохранено: {file}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} has changes that are not saved.</source>
        <translation>В файле {file} есть несохранённые изменения.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Handbook</source>
        <translation>Открытие пособия</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Handbook — choose a new folder</source>
        <translation>Новое пособие — выберите новую папку</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>New Handbook</source>
        <translation>Новое пособие</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Title of the handbook:</source>
        <translation>Название пособия:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language codes, the source language first (e.g. bg, ru, en):</source>
        <translation>Коды языков, первым — исходный (например, bg, ru, en):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the handbook</source>
        <translation>Не удаётся создать пособие</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+2"/>
        <source>No handbook open</source>
        <translation>Пособие не открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a handbook folder with File → Open Handbook…</source>
        <translation>Откройте папку пособия: Файл → Открыть пособие…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+87"/>
        <source>%n sections · languages {languages}</source>
        <translation>
            <numerusform>%n раздел · языки: {languages}</numerusform>
            <numerusform>%n раздела · языки: {languages}</numerusform>
            <numerusform>%n разделов · языки: {languages}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Double-click a section (or press Enter) to write it here.</source>
        <translation>Дважды щёлкните раздел (или нажмите Enter), чтобы редактировать его здесь.</translation>
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
        <translation> (новый перевод: файл будет создан при первом сохранении)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{words} words · {characters} characters</source>
        <translation>Слов: {words} · символов: {characters}</translation>
    </message>
    <message>
        <location filename="../authoring_app/gui/structure_follow.py" line="-42"/>
        <source>The structure was not changed: save the open text first.</source>
        <translation>Структура не изменена: сначала сохраните открытый текст.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file} before changing the structure</source>
        <translation>Перед изменением структуры сохранён файл {file}</translation>
    </message>
    <message>
        <location filename="../authoring_app/gui/window_dialogs.py" line="+26"/>
        <source>Cannot open handbook</source>
        <translation>Не удаётся открыть пособие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample handbook could not be opened.</source>
        <translation>Не удалось открыть пример пособия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handbook in {path} could not be opened.</source>
        <translation>Не удалось открыть пособие в {path}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore unsaved text?</source>
        <translation>Восстановить несохранённый текст?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has text that was typed but not saved (the app ended before it was saved).</source>
        <translation>В файле {file} есть набранный, но не сохранённый текст (программа завершилась до сохранения).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore it into the editor (you can still undo that), or discard it and keep the file as saved?</source>
        <translation>Восстановить его в редакторе (это можно будет отменить) или отбросить и оставить файл в сохранённом виде?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before you go on?</source>
        <translation>Сохранить их, прежде чем продолжить?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file changed on disk</source>
        <translation>Файл изменён на диске</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Handbook Studio</source>
        <translation>О программе Handbook Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Handbook Studio {version}&lt;/h3&gt;&lt;p&gt;Write a multilingual, multimedia university handbook offline, keep every translation in step with the source, and publish it as a website, SCORM, EPUB and PDF.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handbook Studio {version}&lt;/h3&gt;&lt;p&gt;Пишите многоязычное мультимедийное университетское пособие без подключения к интернету, поддерживайте каждый перевод в соответствии с исходным текстом и публикуйте пособие в виде веб-сайта, SCORM, EPUB и PDF.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../authoring_app/gui/editor/markdown_editor.py" line="+66"/>
        <source>Section text</source>
        <extracomment>``(words, characters)`` of the prose (front matter and Markdown marks left out), after a pause in typing. Local files were dropped (or pasted from a file manager) on the editor; a list of ``pathlib.Path``. The editor inserts nothing for them; the text cursor is already where the drop happened. An image (not text) was pasted; the ``QImage`` is the clipboard&apos;s picture.</extracomment>
        <translation>Текст раздела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown text of the section, with its front matter at the top</source>
        <translation>Текст раздела в Markdown с метаданными (front matter) в начале</translation>
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
        <translation>Уведомление предпросмотра</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The preview could not show this text: {message}</source>
        <translation>Предпросмотр не может показать этот текст: {message}</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../authoring_app/gui/problems_panel.py" line="+94"/>
        <source>Problems</source>
        <extracomment>``&lt;lang&gt;/&lt;slug&gt;.md``: a problem in a section file, which the panel can ask to open. Filter values (the combo boxes&apos; item data). Checks still running. A thread has no parent, so closing the panel never destroys a running thread (Qt would abort); it leaves this set when it has finished.</extracomment>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked yet.</source>
        <translation>Проверка ещё не выполнялась.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of problems</source>
        <translation>Сводка проблем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors and warnings</source>
        <translation>Ошибки и предупреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Только ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings only</source>
        <translation>Только предупреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of severity</source>
        <translation>Показывать проблемы по важности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation QA</source>
        <translation>Контроль качества перевода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other than translation QA</source>
        <translation>Кроме контроля качества перевода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of kind</source>
        <translation>Показывать проблемы по виду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check again</source>
        <translation>Проверить с&amp;нова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the handbook again</source>
        <translation>Проверить пособие снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every file of the handbook again (the window stays usable)</source>
        <translation>Снова проверить все файлы пособия (окном можно продолжать пользоваться)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Найденные проблемы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter or double-click a problem to open its place</source>
        <translation>Нажмите Enter или дважды щёлкните проблему, чтобы перейти к её месту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Show:</source>
        <translation>Пока&amp;зать:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Checking the handbook…</source>
        <translation>Проверка пособия…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The check failed; please report this:
%1</source>
        <translation>Сбой проверки; пожалуйста, сообщите об этом:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Ошибка</translation>
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
        <translation>Не удаётся загрузить пособие: см. проблему ниже.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n from translation QA)</source>
        <translation>
            <numerusform>(из них %n — контроль качества перевода)</numerusform>
            <numerusform>(из них %n — контроль качества перевода)</numerusform>
            <numerusform>(из них %n — контроль качества перевода)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shown</source>
        <translation>
            <numerusform>показано: %n</numerusform>
            <numerusform>показано: %n</numerusform>
            <numerusform>показано: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
</context>
<context>
    <name>ProjectGuard</name>
    <message>
        <location filename="../authoring_app/gui/project_guard.py" line="+152"/>
        <source>Restore from &amp;Backup…</source>
        <extracomment>Who this app is in lock files (tests pose as another app with their own). The app that holds the handbook while this window has it read-only. Why locking is off for this handbook (&quot;&quot; while it works): a reason with a LockReason code.</extracomment>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back files of this handbook as one of its backups has them</source>
        <translation>Вернуть файлы этого пособия к состоянию из одной из резервных копий</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The backup of the changed files failed: {reason} Close anyway?</source>
        <translation>Не удалось создать резервную копию изменённых файлов: {reason} Всё равно закрыть?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your files in the handbook are as you saved them; only the backup copy of this session is missing.</source>
        <translation>Ваши файлы в пособии остались такими, какими вы их сохранили; отсутствует только резервная копия этого сеанса.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Anyway</source>
        <translation>Всё равно закрыть</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Locking is on again for this handbook: no other app can open it for writing now.</source>
        <translation>Блокировка для этого пособия снова включена: теперь другая программа не может открыть его для записи.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other app has closed the handbook: you can write in it now.</source>
        <translation>Другая программа закрыла пособие: теперь вы можете его редактировать.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You have taken the handbook over: you can write in it now.</source>
        <translation>Вы перехватили пособие: теперь вы можете его редактировать.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take over the handbook?</source>
        <translation>Перехватить пособие?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If Handbook Studio still runs there, you could overwrite each other&apos;s changes. Take the handbook over only when that app has been closed or its user agrees: it becomes read-only there.</source>
        <translation>Если Handbook Studio там ещё работает, вы можете перезаписать изменения друг друга. Перехватывайте пособие, только если та программа закрыта или её пользователь согласен: там пособие станет доступно только для чтения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Over</source>
        <translation>Перехватить</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {user} has this handbook open on {host} (process {pid}) since {since}. You can read everything; to write, close it there, or take it over.</source>
        <translation>&lt;b&gt;Только для чтения.&lt;/b&gt; Это пособие открыто на компьютере {host} с {since} (пользователь: {user}, процесс {pid}). Читать можно всё; чтобы редактировать, закройте его там или перехватите.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {user} on {host} (process {pid}) took this handbook over at {since}. Unsaved text stays in the editor; take the handbook back to save it here.</source>
        <translation>&lt;b&gt;Только для чтения.&lt;/b&gt; Это пособие перехвачено {since} на компьютере {host} (пользователь: {user}, процесс {pid}). Несохранённый текст остаётся в редакторе; чтобы сохранить его здесь, перехватите пособие обратно.</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>Backed up %n changed file(s) of the handbook.</source>
        <translation>
            <numerusform>Создана резервная копия %n изменённого файла пособия.</numerusform>
            <numerusform>Создана резервная копия %n изменённых файлов пособия.</numerusform>
            <numerusform>Создана резервная копия %n изменённых файлов пособия.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+247"/>
        <source>The backup failed</source>
        <translation>Не удалось создать резервную копию</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Took over a lock file that was damaged (perhaps by a sync program).</source>
        <translation>Перехвачен повреждённый файл блокировки (возможно, программой синхронизации).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took over a lock that was left behind.</source>
        <translation>Перехвачена оставшаяся блокировка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took over the lock {user} left on {host}: that app&apos;s process {pid} has ended.</source>
        <translation>Перехвачена блокировка, оставленная на компьютере {host} (пользователь: {user}): процесс {pid} той программы завершился.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took over the lock {user} left on {host}: that app&apos;s process {pid} has ended (the number belongs to another program now).</source>
        <translation>Перехвачена блокировка, оставленная на компьютере {host} (пользователь: {user}): процесс {pid} той программы завершился (этот номер теперь у другой программы).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Took over the lock {user} left on {host}: that app has given no sign of life for %n minute(s).</source>
        <translation>
            <numerusform>Перехвачена блокировка, оставленная на компьютере {host} (пользователь: {user}): та программа не подаёт признаков жизни уже %n минуту.</numerusform>
            <numerusform>Перехвачена блокировка, оставленная на компьютере {host} (пользователь: {user}): та программа не подаёт признаков жизни уже %n минуты.</numerusform>
            <numerusform>Перехвачена блокировка, оставленная на компьютере {host} (пользователь: {user}): та программа не подаёт признаков жизни уже %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Took over the lock {user} left on {host}.</source>
        <translation>Перехвачена блокировка, оставленная на компьютере {host} (пользователь: {user}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locking is off for this handbook: the lock file {file} cannot be written or read ({error}). Another app could open the handbook for writing at the same time.</source>
        <translation>Блокировка для этого пособия отключена: файл блокировки {file} не удаётся записать или прочитать ({error}). Другая программа может одновременно открыть пособие для записи.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locking is off for this handbook: the lock file cannot be written or read ({error}). Another app could open the handbook for writing at the same time.</source>
        <translation>Блокировка для этого пособия отключена: файл блокировки не удаётся записать или прочитать ({error}). Другая программа может одновременно открыть пособие для записи.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{error}

Your files in the handbook are as you saved them; only the backup copy is missing.</source>
        <translation>{error}

Ваши файлы в пособии остались такими, какими вы их сохранили; отсутствует только резервная копия.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not backed up: {problems}</source>
        <translation>Не сохранено в резервной копии: {problems}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} has unsaved changes in an open editor: save or discard them first, then restore it.</source>
        <translation>В открытом редакторе есть несохранённые изменения файла {file}: сначала сохраните или отбросьте их, затем восстановите файл.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} was restored but cannot be read: {error}</source>
        <translation>Файл {file} восстановлен, но его не удаётся прочитать: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Restored %n file(s) from the backup.</source>
        <translation>
            <numerusform>Из резервной копии восстановлен %n файл.</numerusform>
            <numerusform>Из резервной копии восстановлены %n файла.</numerusform>
            <numerusform>Из резервной копии восстановлено %n файлов.</numerusform>
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
        <translation>Это пособие открыто на компьютере {host} с {since} (пользователь: {user}, процесс {pid}).</translation>
    </message>
</context>
<context>
    <name>ProjectTree</name>
    <message>
        <location filename="../authoring_app/gui/project_tree.py" line="+71"/>
        <source>Handbook contents</source>
        <extracomment>Item data: what a row stands for (&quot;part&quot; or &quot;section&quot;) and its slug. The user asked to open a section (double click or Enter); the argument is the section&apos;s slug. The structure changed (a change, undo or redo); the argument is the reloaded Handbook.</extracomment>
        <translation>Содержание пособия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts and sections of the handbook, and the languages each section is written in. F2 renames, Delete deletes, Alt+Up and Alt+Down move the selected row, the context menu has more.</source>
        <translation>Части и разделы пособия и языки, на которых написан каждый раздел. F2 — переименовать, Delete — удалить, Alt+Up и Alt+Down — переместить выбранную строку; другие действия — в контекстном меню.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section titles in the source language</source>
        <translation>Названия разделов на исходном языке</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{language} (source language)</source>
        <translation>{language} (исходный язык)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Part: {title}</source>
        <translation>Часть: {title}</translation>
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
        <translation>Есть на языке: {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing in {language}</source>
        <translation>Отсутствует на языке: {language}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{language}: {present} of %n sections</source>
        <translation>
            <numerusform>{language}: {present} из %n раздела</numerusform>
            <numerusform>{language}: {present} из %n разделов</numerusform>
            <numerusform>{language}: {present} из %n разделов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <location filename="../authoring_app/gui/project_guard.py" line="-464"/>
        <source>Read-only notice</source>
        <translation>Уведомление о режиме только для чтения</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Anyway (&amp;Take Over)…</source>
        <translation>Всё равно открыть (&amp;перехватить)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write in this handbook here; the other app can then no longer save it without asking</source>
        <translation>Редактировать это пособие здесь; другая программа больше не сможет сохранять его без запроса</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../authoring_app/gui/recovery_dialog.py" line="+86"/>
        <source>Restore unsaved text?</source>
        <extracomment>The recovery copy (what Discard deletes).</extracomment>
        <translation>Восстановить несохранённый текст?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handbook Studio ended before this text was saved (a crash or a power cut). For each section, compare the unsaved text with the file, then restore it into the editor or discard it.</source>
        <extracomment>The section chosen for Restore.</extracomment>
        <translation>Handbook Studio завершилась до того, как этот текст был сохранён (сбой или отключение питания). Для каждого раздела сравните несохранённый текст с файлом, затем восстановите его в редакторе или отбросьте.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections with unsaved text</source>
        <translation>Разделы с несохранённым текстом</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file compared with the unsaved text</source>
        <translation>Файл в сравнении с несохранённым текстом</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the section with this text in the editor (not saved yet)</source>
        <translation>Открыть раздел с этим текстом в редакторе (пока без сохранения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this unsaved text and keep the file as saved</source>
        <translation>Удалить этот несохранённый текст и оставить файл в сохранённом виде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the unsaved text; opening the section offers it again</source>
        <translation>Оставить несохранённый текст; при открытии раздела он будет предложен снова</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file as saved</source>
        <translation>Файл в сохранённом виде</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unsaved text (recovered)</source>
        <translation>Несохранённый текст (восстановленный)</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Unsaved text of %n section(s) is kept from the last session: open one to restore it.</source>
        <translation>
            <numerusform>Несохранённый текст %n раздела остался с прошлого сеанса: откройте раздел, чтобы восстановить текст.</numerusform>
            <numerusform>Несохранённый текст %n разделов остался с прошлого сеанса: откройте любой из них, чтобы восстановить текст.</numerusform>
            <numerusform>Несохранённый текст %n разделов остался с прошлого сеанса: откройте любой из них, чтобы восстановить текст.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="-84"/>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder of recovery copies and backups</source>
        <extracomment>The folder chosen (None: the data folder).</extracomment>
        <translation>Папка копий для восстановления и резервных копий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data folder: {folder}</source>
        <translation>Папка данных: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Default</source>
        <translation>По &amp;умолчанию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the data folder again</source>
        <translation>Снова использовать папку данных</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery copies of unsaved text and the backups made on close go to this folder from the next start of Handbook Studio (the handbook command uses it at once). Those made before stay where they are.</source>
        <translation>Копии несохранённого текста для восстановления и резервные копии, создаваемые при закрытии, будут сохраняться в эту папку со следующего запуска Handbook Studio (команда handbook использует её сразу). Созданные раньше остаются на месте.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups to keep of each handbook</source>
        <translation>Сколько резервных копий хранить для каждого пособия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older backups are deleted when a new one is made</source>
        <translation>Более старые резервные копии удаляются при создании новой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery and &amp;backup folder:</source>
        <translation>Папка восстановления и &amp;резервных копий:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups to &amp;keep:</source>
        <translation>&amp;Хранить резервных копий:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preferences not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety settings could not be saved in {file}: {error}</source>
        <translation>Не удалось сохранить настройки безопасности в {file}: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder of Recovery Copies and Backups</source>
        <translation>Папка копий для восстановления и резервных копий</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../authoring_app/gui/section_editor.py" line="+140"/>
        <source>Could not write the recovery copy: {error}</source>
        <extracomment>Editor scroll events this soon after the preview scrolled it are ours, not the author&apos;s. The section shown changed: language, slug (empty when none).</extracomment>
        <translation>Не удалось записать копию для восстановления: {error}</translation>
    </message>
</context>
<context>
    <name>SectionFileSession</name>
    <message>
        <location filename="../authoring_app/gui/section_file_session.py" line="+96"/>
        <source>{file} was not saved: another app has this handbook open, so this window may only read it. Take the handbook over to save here, or discard the changes.</source>
        <extracomment>A recovery copy is written at most this long after a change. The window property that is true while the window&apos;s handbook is open read-only. The recovery copy could not be written: the OSError (the widget says so where it has room). The file&apos;s state or the text changed from outside the editor (reloaded, merged, the file vanished): the widget updates what it shows around the text (labels, the form).</extracomment>
        <translation>{file} не сохранён: пособие открыто в другой программе, поэтому это окно может его только читать. Перехватите пособие, чтобы сохранять здесь, или отмените изменения.</translation>
    </message>
</context>
<context>
    <name>SegmentEditorDelegate</name>
    <message>
        <location filename="../authoring_app/gui/translation/segment_grid.py" line="+66"/>
        <source>Segment text</source>
        <translation>Текст сегмента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return saves this segment to the file, Escape cancels</source>
        <translation>Ctrl+Return — сохранить сегмент в файл, Escape — отмена</translation>
    </message>
</context>
<context>
    <name>SegmentGrid</name>
    <message>
        <location line="+58"/>
        <source>&amp;Languages</source>
        <extracomment>The user asked to open ``lang``/``slug`` at file line ``line`` in the editor (double-click on a cell). The grid wrote ``lang``/``slug``: the section file or its provenance record.</extracomment>
        <translation>&amp;Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the languages shown as columns</source>
        <translation>Выбрать языки, показываемые в столбцах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages shown</source>
        <translation>Показываемые языки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdated</source>
        <translation>Устаревшие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Отсутствующие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra</source>
        <translation>Лишние</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show rows</source>
        <translation>Показываемые строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all rows, or only rows with an outdated, missing or extra segment</source>
        <translation>Показать все строки или только строки с устаревшим, отсутствующим или лишним сегментом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>Пока&amp;зать:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark as Up to Date</source>
        <translation>&amp;Отметить как актуальные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected outdated translations still fit the source as it is now</source>
        <translation>Выбранные устаревшие переводы по-прежнему соответствуют текущему исходному тексту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;opy Source to Target</source>
        <translation>&amp;Копировать исходный текст в перевод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the selected translation from the source text, then edit it</source>
        <translation>Начать выбранный перевод с копии исходного текста, чтобы затем отредактировать его</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments by language</source>
        <translation>Сегменты по языкам</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Segment details and source changes</source>
        <translation>Сведения о сегменте и изменения исходного текста</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Next Outdated</source>
        <translation>Следующий устаревший</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next outdated segment</source>
        <translation>Перейти к следующему устаревшему сегменту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Outdated</source>
        <translation>Предыдущий устаревший</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous outdated segment</source>
        <translation>Перейти к предыдущему устаревшему сегменту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Missing</source>
        <translation>Следующий отсутствующий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next missing segment</source>
        <translation>Перейти к следующему отсутствующему сегменту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Missing</source>
        <translation>Предыдущий отсутствующий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous missing segment</source>
        <translation>Перейти к предыдущему отсутствующему сегменту</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No {status} segments in the languages shown</source>
        <translation>В показываемых языках нет сегментов со статусом «{status}»</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not record that: {error}</source>
        <translation>Не удалось записать это: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select one or more outdated segments first</source>
        <translation>Сначала выберите один или несколько устаревших сегментов</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n segment(s) marked as up to date</source>
        <translation>
            <numerusform>%n сегмент отмечен как актуальный</numerusform>
            <numerusform>%n сегмента отмечены как актуальные</numerusform>
            <numerusform>%n сегментов отмечены как актуальные</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a cell of a translation first</source>
        <translation>Сначала выберите ячейку перевода</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This segment has no source text to copy</source>
        <translation>У этого сегмента нет исходного текста для копирования</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file changed since the grid was shown; it has been read again.</source>
        <translation>Файл изменился после того, как была показана таблица; он прочитан заново.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved {lang}/{slug}.md</source>
        <translation>Сохранено: {lang}/{slug}.md</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was saved: another app has this handbook open; this window may only read it.</source>
        <translation>Ничего не сохранено: пособие открыто в другой программе; это окно может его только читать.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a cell to see its text and what changed in the source.</source>
        <translation>Выберите ячейку, чтобы увидеть её текст и изменения в исходном тексте.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What changed in the source since this was translated:</source>
        <translation>Что изменилось в исходном тексте после перевода:</translation>
    </message>
</context>
<context>
    <name>SegmentGridModel</name>
    <message>
        <location filename="../authoring_app/gui/translation/segment_grid_model.py" line="+127"/>
        <source>{name}: source</source>
        <extracomment>Role of the row key (``paragraph:3``, ``ru/extra:paragraph:1``) in every cell. Role of the cell&apos;s status (``translated`` …, &quot;source&quot; in the source column, None where nothing is compared). The segment of the handbook&apos;s source language (None on a row of an extra segment). The status of the row&apos;s segment in each target language that has one.</extracomment>
        <translation>{name}: исходный</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not compared: this language has no counterpart of this row</source>
        <translation>Не сравнивается: в этом языке нет соответствия этой строке</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only in the translation: the source has no counterpart</source>
        <translation>Только в переводе: в исходном тексте нет соответствия</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <location filename="../authoring_app/gui/translation/side_by_side.py" line="+78"/>
        <source>Side by side translation</source>
        <extracomment>Statuses are recomputed this long after the last change in any column. Whether any column has unsaved changes. Open this language of the section in the single-language editor, at this file line. A column was saved: language, slug (the project tree may refresh). A short message for the status bar (what a mark means, why something was refused).</extracomment>
        <translation>Параллельный перевод</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Side by side</source>
        <extracomment>Milliseconds the last status recompute took (all columns). The last status of each language, with the texts it was computed from (target, pivot column&apos;s).</extracomment>
        <translation>Параллельно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side by side tools</source>
        <translation>Инструменты параллельного режима</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Column</source>
        <translation>Сохранить с&amp;толбец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the language whose text has the focus</source>
        <translation>Сохранить язык, текст которого в фокусе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;All</source>
        <translation>Сохра&amp;нить все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every language with unsaved changes</source>
        <translation>Сохранить все языки с несохранёнными изменениями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Language</source>
        <translation>Добавить &amp;язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one more language next to these (up to four)</source>
        <translation>Показать рядом ещё один язык (не более четырёх)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Mark</source>
        <translation>Пр&amp;едыдущая отметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Mark</source>
        <translation>След&amp;ующая отметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next outdated, missing or extra segment</source>
        <translation>Перейти к следующему устаревшему, отсутствующему или лишнему сегменту</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{files}: changes are not saved.</source>
        <translation>{files}: изменения не сохранены.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+34"/>
        <source>Cannot open</source>
        <translation>Не удаётся открыть</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{language} is already shown.</source>
        <translation>Язык «{language}» уже показан.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{file} is not UTF-8 and was not converted.</source>
        <translation>Файл {file} не в кодировке UTF-8 и не был преобразован.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Saved {file}</source>
        <translation>Сохранено: {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} has changes that are not saved.</source>
        <translation>В файле {file} есть несохранённые изменения.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore unsaved text?</source>
        <translation>Восстановить несохранённый текст?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has text that was typed but not saved (the app ended before it was saved).</source>
        <translation>В файле {file} есть набранный, но не сохранённый текст (программа завершилась до сохранения).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore it into the editor (you can still undo that)?</source>
        <translation>Восстановить его в редакторе (это можно будет отменить)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No more marks in {language}.</source>
        <translation>{language}: больше нет отметок.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_chart.py" line="+30"/>
        <source>Translation progress by language</source>
        <translation>Ход перевода по языкам</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{language}: {percent}% translated, {outdated} outdated, {missing} missing</source>
        <translation>{language}: переведено {percent}%, устарело {outdated}, отсутствует {missing}</translation>
    </message>
</context>
<context>
    <name>StatusGutter</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_gutter.py" line="+29"/>
        <source>Translation status marks</source>
        <extracomment>Background of each mark; white letters on them keep at least 4.5:1 contrast, on light and dark themes alike.</extracomment>
        <translation>Отметки состояния перевода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks beside the text: O outdated, M missing, E extra; F8 goes to the next one</source>
        <translation>Отметки рядом с текстом: У — устарело, О — отсутствует, Л — лишнее; F8 — к следующей</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>O</source>
        <comment>gutter mark: outdated segment</comment>
        <translation>У</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <comment>gutter mark: missing segment</comment>
        <translation>О</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <comment>gutter mark: extra segment</comment>
        <translation>Л</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outdated: the source changed since this was translated.</source>
        <translation>Устарело: исходный текст изменился после перевода.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: this segment is not translated yet.</source>
        <translation>Отсутствует: этот сегмент ещё не переведён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra: this text has no counterpart in the language it is translated from.</source>
        <translation>Лишнее: у этого текста нет соответствия в языке, с которого выполняется перевод.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n segments missing here.</source>
        <translation>
            <numerusform>Здесь отсутствует %n сегмент.</numerusform>
            <numerusform>Здесь отсутствуют %n сегмента.</numerusform>
            <numerusform>Здесь отсутствуют %n сегментов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_chart.py" line="+57"/>
        <source>Colour legend</source>
        <translation>Условные обозначения цветов</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <location filename="../authoring_app/gui/structure_actions.py" line="+219"/>
        <source>New &amp;Part…</source>
        <translation>Новая &amp;часть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Section…</source>
        <translation>&amp;Новый раздел…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Title…</source>
        <translation>Изменить на&amp;звание…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mo&amp;ve Up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Dow&amp;n</source>
        <translation>Переместить вн&amp;из</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Пов&amp;торить</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Structure</source>
        <translation>Структура</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Rename Part…</source>
        <translation>&amp;Переименовать часть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Part…</source>
        <translation>&amp;Удалить часть…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename File…</source>
        <translation>&amp;Переименовать файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Section…</source>
        <translation>&amp;Удалить раздел…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Part</source>
        <translation>Новая часть</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New part “{title}”</source>
        <translation>создание части «{title}»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New Section</source>
        <translation>Новый раздел</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New section “{title}”</source>
        <translation>создание раздела «{title}»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename File</source>
        <translation>Переименование файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename “{old}” to “{new}”</source>
        <translation>переименование «{old}» в «{new}»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change Title</source>
        <translation>Изменение названия</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change title to “{title}”</source>
        <translation>изменение названия на «{title}»</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The part “{title}” still holds %n section(s). Move them to another part or delete them first.</source>
        <translation>
            <numerusform>В части «{title}» ещё есть %n раздел. Сначала переместите его в другую часть или удалите.</numerusform>
            <numerusform>В части «{title}» ещё есть %n раздела. Сначала переместите их в другую часть или удалите.</numerusform>
            <numerusform>В части «{title}» ещё есть %n разделов. Сначала переместите их в другую часть или удалите.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the empty part “{title}”?</source>
        <translation>Удалить пустую часть «{title}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only its entry in handbook.toml is removed. Structure ▸ Undo brings it back.</source>
        <translation>Удаляется только её запись в handbook.toml. Команда «Структура ▸ Отменить» вернёт её.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete part “{slug}”</source>
        <translation>удаление части «{slug}»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its files ({files}) are moved to the folder .trash inside the handbook, not destroyed; Undo (Ctrl+Z) puts them back.</source>
        <translation>Его файлы ({files}) не уничтожаются, а перемещаются в папку .trash внутри пособия; команда «Отменить» (Ctrl+Z) вернёт их.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n link(s) to it in other sections will be broken, e.g. {where}.</source>
        <translation>
            <numerusform>%n ссылка на него в других разделах перестанет работать, например {where}.</numerusform>
            <numerusform>%n ссылки на него в других разделах перестанут работать, например {where}.</numerusform>
            <numerusform>%n ссылок на него в других разделах перестанут работать, например {where}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the section “{title}”?</source>
        <translation>Удалить раздел «{title}»?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete section “{title}”</source>
        <translation>удаление раздела «{title}»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move part “{slug}”</source>
        <translation>перемещение части «{slug}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move section “{slug}”</source>
        <translation>перемещение раздела «{slug}»</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Links to this section in every language are updated.</source>
        <translation>Ссылки на этот раздел будут обновлены во всех языках.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot change the structure</source>
        <translation>Не удаётся изменить структуру</translation>
    </message>
</context>
<context>
    <name>StructureController</name>
    <message>
        <location line="-370"/>
        <source>The handbook is open read-only: take it over (the bar above) to change its structure.</source>
        <extracomment>What the slug fields accept while typing (core&apos;s SLUG_RE has the last word). The handbook after a change, undo or redo (reloaded from disk). A change, undo or redo was refused; the argument is core&apos;s message (what, where, what to do). A change, undo or redo is about to be applied (the window saves the open section first). The operation just applied (a change, or the inverse an undo ran), after ``handbook_changed``. Another app holds the handbook&apos;s lock (see project_guard): changes are refused. Asked before every change, undo and redo; False stops it (the window saves the open text first, and a failed save must not be followed by a change that rewrites or moves that file).</extracomment>
        <translation>Пособие открыто только для чтения: чтобы изменить его структуру, перехватите его (панель выше).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{message}

The undo history was cleared because the files no longer match it.</source>
        <translation>{message}

История отмены очищена, так как файлы больше ей не соответствуют.</translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <location filename="../authoring_app/gui/preview/text_preview.py" line="+23"/>
        <source>Preview of the page (simplified)</source>
        <translation>Предпросмотр страницы (упрощённый)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simplified preview: the page engine (QtWebEngine) could not start, so quizzes, tabs and the site&apos;s styles are not shown. Reason: {reason}</source>
        <translation>Упрощённый предпросмотр: не удалось запустить движок страниц (QtWebEngine), поэтому тесты, вкладки и стили сайта не показываются. Причина: {reason}</translation>
    </message>
</context>
<context>
    <name>TranslationDashboard</name>
    <message>
        <location filename="../authoring_app/gui/translation/dashboard.py" line="+86"/>
        <source>Dashboard state</source>
        <extracomment>The user asked to open section ``slug`` in language ``lang`` (click, Return or Space on a cell). The counts on screen are complete and current (after :meth:`set_handbook` or :meth:`refresh`).</extracomment>
        <translation>Состояние сводки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary by language</source>
        <translation>Итоги по языкам</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Translation status by section and language</source>
        <translation>Состояние перевода по разделам и языкам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a cell, or press Return, to open that section in that language</source>
        <translation>Щёлкните ячейку или нажмите Return, чтобы открыть этот раздел на этом языке</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Counting segments…</source>
        <translation>Подсчёт сегментов…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The status could not be counted: {error}</source>
        <translation>Не удалось подсчитать состояние: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No handbook is open.</source>
        <translation>Пособие не открыто.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This handbook has no translations yet: add a language in handbook.toml.</source>
        <translation>У этого пособия пока нет переводов: добавьте язык в handbook.toml.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n sections, source language {source}</source>
        <translation>
            <numerusform>%n раздел, исходный язык: {source}</numerusform>
            <numerusform>%n раздела, исходный язык: {source}</numerusform>
            <numerusform>%n разделов, исходный язык: {source}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>С языка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(no file yet)</source>
        <translation>(файла пока нет)</translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_style.py" line="+30"/>
        <source>translated</source>
        <extracomment>Solid colours (chart bars, legend swatches); cells use them with :data:`CELL_ALPHA`. Opacity of a cell&apos;s tint: translated cells stay quiet so the ones that need work stand out.</extracomment>
        <translation>переведено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outdated</source>
        <translation>устарело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra</source>
        <translation>лишнее</translation>
    </message>
</context>
<context>
    <name>ValidationStatus</name>
    <message>
        <location filename="../authoring_app/core/export/validation.py" line="-4"/>
        <source>passed</source>
        <extracomment>A check&apos;s status; the GUI shows it translated (context ``ValidationStatus``).</extracomment>
        <translation>пройдена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>не пройдена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation>не выполнена</translation>
    </message>
</context>
<context>
    <name>WebPreview</name>
    <message>
        <location filename="../authoring_app/gui/preview/web_preview.py" line="+147"/>
        <source>Preview of the page</source>
        <extracomment>Schemes a preview page may load: its own files, Qt&apos;s web channel script, inline data. The preview&apos;s scripts, in the page&apos;s head before the site&apos;s own. The page was asked to load itself again (Reload in its menu): its content would go back to the first version. True between :meth:`load_own` and the load it started: the only navigation of the page that is allowed.</extracomment>
        <translation>Предпросмотр страницы</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The preview page could not be loaded; it is built again with your next change.</source>
        <translation>Не удалось загрузить страницу предпросмотра; она будет построена заново при следующем изменении.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The preview stopped: Chromium&apos;s page process ended %n times in a minute (code {code}).</source>
        <translation>
            <numerusform>Предпросмотр остановлен: процесс страницы Chromium завершился %n раз за минуту (код {code}).</numerusform>
            <numerusform>Предпросмотр остановлен: процесс страницы Chromium завершился %n раза за минуту (код {code}).</numerusform>
            <numerusform>Предпросмотр остановлен: процесс страницы Chromium завершился %n раз за минуту (код {code}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview stopped (Chromium&apos;s page process ended, code {code}); it was started again.</source>
        <translation>Предпросмотр остановлен (процесс страницы Chromium завершился, код {code}); он запущен заново.</translation>
    </message>
</context>
<context>
    <name>WorkModes</name>
    <message>
        <location filename="../authoring_app/gui/work_modes.py" line="+47"/>
        <source>&amp;Write</source>
        <translation>&amp;Редактор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One language in the editor beside the live page</source>
        <translation>Один язык в редакторе рядом с обновляемой страницей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages &amp;Side by Side</source>
        <translation>&amp;Языки параллельно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two to four languages of the section as columns, scrolling together</source>
        <translation>От двух до четырёх языков раздела в столбцах с синхронной прокруткой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;gments</source>
        <translation>&amp;Сегменты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every segment of the section with its status in every language</source>
        <translation>Все сегменты раздела с их состоянием в каждом языке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation &amp;Dashboard</source>
        <translation>Сводка &amp;переводов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far every language is, section by section</source>
        <translation>Насколько продвинулся перевод на каждый язык, по разделам</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Problems</source>
        <translation>Пр&amp;облемы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What handbook check finds, translation QA included</source>
        <translation>Результаты проверки пособия, включая контроль качества перевода</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cannot open section</source>
        <translation>Не удаётся открыть раздел</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
</context>
<context>
    <name>_MediaBlockDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="-163"/>
        <source>&amp;Insert</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing Was Inserted</source>
        <translation>Ничего не вставлено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files Created</source>
        <translation>Созданы файлы</translation>
    </message>
</context>
<context>
    <name>_NameDialog</name>
    <message>
        <location filename="../authoring_app/gui/structure_actions.py" line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 10-peer-review</source>
        <translation>например, 10-peer-review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower-case Latin letters, digits and hyphens; the file is named after it</source>
        <translation>Строчные латинские буквы, цифры и дефисы; по нему называется файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
</context>
</TS>
