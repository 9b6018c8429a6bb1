<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk_TM" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../authoring_app/gui/backup_dialog.py" line="+67"/>
        <source>Restore from Backup</source>
        <translation>Ätiýaçlyk nusgadan dikelt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each time you close this handbook, Handbook Studio backs up the text files that changed. Choose a backup, compare a file with how it is now, check the files to put back and restore them. The versions they replace are backed up first, so a restore can be undone the same way.</source>
        <translation>Bu gollanmany her gezek ýapanyňyzda Handbook Studio üýtgän tekst faýllarynyň ätiýaçlyk nusgasyny alýar. Ätiýaçlyk nusgany saýlaň, faýly häzirki ýagdaýy bilen deňeşdiriň, yzyna gaýtarmaly faýllary belläň we olary dikeldiň. Çalşylýan wersiýalaryň ilki ätiýaçlyk nusgasy alynýar, şonuň üçin dikeltmäni hem edil şeýle ýol bilen yzyna gaýtaryp bolýar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups, newest first</source>
        <translation>Ätiýaçlyk nusgalar, iň täzesi ilki</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files in the backup</source>
        <translation>Ätiýaçlyk nusgadaky faýllar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Faýl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compared with now</source>
        <translation>Häzirki bilen deňeşdirilende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file now and in the backup</source>
        <translation>Faýl häzir we ätiýaçlyk nusgada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Older backups are deleted when a new one is made</source>
        <translation>Täze ätiýaçlyk nusga alnanda köneleri pozulýar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups to keep:</source>
        <translation>Saklanjak &amp;nusga sany:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Restore Checked Files</source>
        <translation>Bellenen faýllary &amp;dikelt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No backups yet: the first one is made when you close this handbook or quit the app.</source>
        <translation>Heniz ätiýaçlyk nusga ýok: birinjisi bu gollanmany ýapanyňyzda ýa-da programmadan çykanyňyzda alynýar.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was restored. {problem}</source>
        <translation>Hiç zat dikeldilmedi. {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not restored: {problem}</source>
        <translation>Dikeldilmedi: {problem}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This backup cannot be used. {problem}</source>
        <translation>Bu ätiýaçlyk nusgany ulanyp bolmaýar. {problem}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Restored: {files}.</source>
        <translation>Dikeldildi: {files}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already as in the backup: {files}.</source>
        <translation>Eýýäm ätiýaçlyk nusgadaky ýaly: {files}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The versions replaced are in the backup of {time}: restore from it to undo this.</source>
        <translation>Çalşylan wersiýalar {time} wagtyndaky ätiýaçlyk nusgada: muny yzyna gaýtarmak üçin şondan dikeldiň.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} · damaged</source>
        <translation>{name} · zaýalanan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on close</source>
        <translation>ýapylanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>el bilen alnan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>dikeltmeden öň</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n faýl</numerusform>
            <numerusform>%n faýl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>differs from now</source>
        <translation>häzirkiden tapawutlanýar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on disk now</source>
        <translation>häzir diskde ýok</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>same as now</source>
        <translation>häzirki bilen birmeňzeş</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the line ends (Windows or Unix) or the byte order mark differ; the text is the same.</source>
        <translation>Diňe setir soňlary (Windows ýa-da Unix) ýa-da baýt tertibiniň belgisi tapawutlanýar; tekst birmeňzeş.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: {file}</source>
        <translation>Häzir: {file}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on disk now</source>
        <translation>Häzir diskde ýok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup of {time}</source>
        <translation>{time} wagtyndaky ätiýaçlyk nusga</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <location filename="../authoring_app/gui/backup_words.py" line="+19"/>
        <source>{file} is {megabytes} MB, too large for a backup.</source>
        <translation>{file} {megabytes} MB — ätiýaçlyk nusga üçin gaty uly.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read ({error}).</source>
        <translation>{file} okap bolmaýar ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a regular file (a pipe, a device or a folder).</source>
        <translation>{file} adaty faýl däl (kanal, enjam ýa-da bukja).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} leads outside the handbook (a link?).</source>
        <translation>{file} gollanmanyň daşyna alyp barýar (salgy?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} did not fit: the handbook&apos;s text is too large for one backup.</source>
        <translation>{file} sygmady: gollanmanyň teksti bir ätiýaçlyk nusga üçin gaty uly.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} did not fit: one backup holds at most {limit} files.</source>
        <translation>{file} sygmady: bir ätiýaçlyk nusga iň köp {limit} faýly saklaýar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read ({error}), so it was left as it is.</source>
        <translation>{file} okap bolmaýar ({error}), şonuň üçin ol üýtgedilmedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be written ({error}).</source>
        <translation>{file} ýazyp bolmady ({error}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It holds too many files.</source>
        <translation>Onda faýllar gaty köp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no manifest.json: it is not a Handbook Studio backup.</source>
        <translation>Onda manifest.json ýok: bu Handbook Studio ätiýaçlyk nusgasy däl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be read ({error}).</source>
        <translation>Ony okap bolmaýar ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its list of files is damaged ({detail}).</source>
        <translation>Onuň faýllarynyň sanawy zaýalanan ({detail}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup {backup} cannot be used.</source>
        <translation>{backup} ätiýaçlyk nusgasyny ulanyp bolmaýar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of backups to keep must be 1 or more, not {keep}.</source>
        <translation>Saklanjak ätiýaçlyk nusgalaryň sany 1 ýa-da köp bolmaly, {keep} däl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no backup {name} of this handbook.</source>
        <translation>Bu gollanmanyň {name} ätiýaçlyk nusgasy ýok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name {file} points outside the handbook, so it is refused.</source>
        <translation>{file} ady gollanmanyň daşyny görkezýär, şonuň üçin ol ret edildi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} has no file {file}.</source>
        <translation>{backup} ätiýaçlyk nusgasynda {file} faýly ýok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup {backup} is damaged: {file} is not what was saved.</source>
        <translation>{backup} ätiýaçlyk nusgasy zaýalanan: {file} ýatda saklanan görnüşi däl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} holds more than can be restored at once: restore fewer files at a time.</source>
        <translation>{backup} ätiýaçlyk nusgasynda bir gezekde dikeldip boljakdan köp zat bar: bir gezekde azrak faýl dikeldiň.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {backup} cannot be read ({error}).</source>
        <translation>{backup} ätiýaçlyk nusgasyny okap bolmaýar ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be read now ({error}).</source>
        <translation>{file} häzir okap bolmaýar ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files it would replace could not be backed up first: {files}.</source>
        <translation>Çalşyryljak faýllaryň ilki ätiýaçlyk nusgasyny alyp bolmady: {files}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be written to {folder} ({error}).</source>
        <translation>Ätiýaçlyk nusgany {folder} bukjasyna ýazyp bolmady ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in the backup is {megabytes} MB, more than a backup holds.</source>
        <translation>Ätiýaçlyk nusgadaky {member} {megabytes} MB — ätiýaçlyk nusga sygýandan köp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member} in the backup unpacks to more than its size says: the backup is damaged.</source>
        <translation>Ätiýaçlyk nusgadaky {member} görkezilen ölçeginden köp açylýar: ätiýaçlyk nusga zaýalanan.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../authoring_app/gui/conflict_dialog.py" line="+78"/>
        <source>The file changed on disk</source>
        <extracomment>Keys typed this soon after the dialog opened (meant for the editor) are ignored. How the file is named to the author (&quot;ru/02-flipped-classroom.md&quot;). The text as it was opened (or last saved): the common base of a merge. The author&apos;s text in the editor. The file as it is on disk now. Where the version on disk is copied before the author&apos;s text replaces it (Keep My Text); None: nowhere. The other version was written by this app itself (another view of the same file, a restore from a backup). KEEP_MINE, TAKE_THEIRS, MERGED, or None (decide later).</extracomment>
        <translation>Faýl diskde üýtgedi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was saved from another view of this window (languages side by side, segments, or a restore from a backup) while you had unsaved changes in it here. Compare the two versions and choose which to keep, or merge them.</source>
        <translation>Bu ýerde ýatda saklanmadyk üýtgeşmeleriňiz bar wagty &lt;b&gt;{file}&lt;/b&gt; faýly bu penjiräniň başga görnüşinden (diller ýanaşyk, segmentler ýa-da ätiýaçlyk nusgadan dikeltmek) ýatda saklandy. Iki wersiýany deňeşdiriň we haýsysyny saklamalydygyny saýlaň ýa-da olary birleşdiriň.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was changed by another program (another editor, git, a synced folder) while you had unsaved changes in it. Compare the two versions and choose which to keep, or merge them.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; faýlynda ýatda saklanmadyk üýtgeşmeleriňiz bar wagty ony başga bir programma (başga redaktor, git, sinhronlanýan bukja) üýtgetdi. Iki wersiýany deňeşdiriň we haýsysyny saklamalydygyny saýlaň ýa-da olary birleşdiriň.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you keep your text, the version on disk is copied first to {folder}, so nothing is lost.</source>
        <translation>Tekstiňizi saklasaňyz, diskdäki wersiýa ilki {folder} bukjasyna göçürilýär, şonuň üçin hiç zat ýitmeýär.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The version on disk compared with yours</source>
        <translation>Diskdäki wersiýa siziňki bilen deňeşdirilende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On disk now (theirs)</source>
        <translation>Häzir diskde (olaryňky)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the editor (yours)</source>
        <translation>Redaktorda (siziňki)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep My Text</source>
        <translation>&amp;Meniň tekstimi sakla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep your text; saving it replaces the version on disk (a copy of that version is kept)</source>
        <translation>Tekstiňizi saklaň; ýatda saklananda diskdäki wersiýa çalşylar (şol wersiýanyň nusgasy saklanýar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use the Version on Disk</source>
        <translation>&amp;Diskdäki wersiýany al</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the version on disk into the editor (Ctrl+Z brings yours back)</source>
        <translation>Diskdäki wersiýany redaktora ýükle (Ctrl+Z siziňkini yzyna getirýär)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Birleşdir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combine both sets of changes, then check the result</source>
        <translation>Iki tarapyň üýtgeşmelerini birleşdir, soňra netijäni barla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Soňra &amp;karar ber</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change nothing now; saving will ask before it replaces the other version</source>
        <translation>Häzir hiç zady üýtgetme; ýatda saklamak beýleki wersiýany çalyşmazdan öň sorar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Merged text</source>
        <translation>Birleşdirilen tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use Merged Text</source>
        <translation>Birleşdirilen teksti &amp;ulan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this text in the editor, unsaved</source>
        <translation>Bu teksti ýatda saklamazdan redaktora goý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Yza</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>your text</source>
        <translation>siziň tekstiňiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on disk</source>
        <translation>diskde</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Both versions changed the same lines in %n place(s): both are kept between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines, highlighted. Keep what should stay, delete the rest and the marker lines, then use the merged text.</source>
        <translation>
            <numerusform>Iki wersiýa hem %n ýerde şol bir setirleri üýtgetdi: ikisi hem &lt;&lt;&lt;&lt;&lt;&lt;&lt; we &gt;&gt;&gt;&gt;&gt;&gt;&gt; setirleriniň arasynda, reňk bilen bellenip saklandy. Galmaly zady saklaň, galanyny we bellik setirlerini pozuň, soňra birleşdirilen teksti ulanyň.</numerusform>
            <numerusform>Iki wersiýa hem %n ýerde şol bir setirleri üýtgetdi: ikisi hem &lt;&lt;&lt;&lt;&lt;&lt;&lt; we &gt;&gt;&gt;&gt;&gt;&gt;&gt; setirleriniň arasynda, reňk bilen bellenip saklandy. Galmaly zady saklaň, galanyny we bellik setirlerini pozuň, soňra birleşdirilen teksti ulanyň.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The changes merged without conflicts. Check the text, then use it (it is not saved yet).</source>
        <translation>Üýtgeşmeler gapma-garşylyksyz birleşdirildi. Teksti barlaň, soňra ony ulanyň (ol heniz ýatda saklanmady).</translation>
    </message>
</context>
<context>
    <name>ConvertEncodingDialog</name>
    <message>
        <location filename="../authoring_app/gui/encoding_dialog.py" line="+84"/>
        <source>Convert to UTF-8?</source>
        <translation>UTF-8-e öwrülsinmi?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not saved as UTF-8, the encoding the handbook uses: it looks like &lt;b&gt;{encoding}&lt;/b&gt; text.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; gollanmanyň ulanýan kodlamasy bolan UTF-8 görnüşinde saklanmandyr: ol &lt;b&gt;{encoding}&lt;/b&gt; tekste meňzeýär.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not saved as UTF-8, the encoding the handbook uses, and its encoding cannot be told for sure. Choose the one in which the text below reads correctly.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; gollanmanyň ulanýan kodlamasy bolan UTF-8 görnüşinde saklanmandyr we onuň kodlamasyny anyk kesgitläp bolmaýar. Aşakdaky tekst dogry okalýan kodlamany saýlaň.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encoding of the file</source>
        <translation>Faýlyň kodlamasy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first lines of the file in this encoding</source>
        <translation>Faýlyň bu kodlamadaky ilkinji setirleri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converting rewrites the file as UTF-8 (same text, same line ends) and keeps a copy of the original next to the recovery copies, then opens it.</source>
        <translation>Öwürmek faýly UTF-8 görnüşinde täzeden ýazýar (şol tekst, şol setir soňlary), asyl nusgasynyň göçürmesini dikeltme nusgalarynyň ýanynda saklaýar, soňra faýly açýar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Convert to UTF-8</source>
        <translation>UTF-8-e &amp;öwür</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Read as:</source>
        <translation>Şu kodlamada &amp;oka:</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../authoring_app/gui/diff_view.py" line="+120"/>
        <source>saved</source>
        <translation>ýatda saklanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsaved</source>
        <translation>ýatda saklanmadyk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two versions are the same.</source>
        <translation>Iki wersiýa birmeňzeş.</translation>
    </message>
</context>
<context>
    <name>DiffWords</name>
    <message numerus="yes">
        <location line="-75"/>
        <source>… %n unchanged line(s)</source>
        <translation>
            <numerusform>… üýtgemedik %n setir</numerusform>
            <numerusform>… üýtgemedik %n setir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Encoding</name>
    <message>
        <location filename="../authoring_app/core/encoding.py" line="+25"/>
        <source>Windows-1251 (Cyrillic)</source>
        <extracomment>The encodings the app offers to convert from, with what they were used for (the GUI&apos;s list, translated there with ``QCoreApplication.translate(NAMES_CONTEXT, name)``; the CLI&apos;s --from).</extracomment>
        <translation>Windows-1251 (kiril)</translation>
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
        <translation>DOS 866 (kiril)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 8859-5 (Cyrillic)</source>
        <translation>ISO 8859-5 (kiril)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mac Cyrillic</source>
        <translation>Mac kiril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16 (Windows “Unicode”)</source>
        <translation>UTF-16 (Windows “Unicode”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Günbatar Ýewropa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254 (türk)</translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <location filename="../authoring_app/gui/encoding_dialog.py" line="-72"/>
        <source>Line {line} cannot be read as {encoding}: the file is in another encoding.</source>
        <extracomment>The encoding shown first when the bytes do not say which one they are in.</extracomment>
        <translation>{line}-nji setiri {encoding} hökmünde okap bolmaýar: faýl başga kodlamada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{encoding}” is not an encoding this app knows.</source>
        <translation>“{encoding}” bu programmanyň bilýän kodlamasy däl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is {size} MB, too large for a section: split it into several sections.</source>
        <translation>Faýl {size} MB, bölüm üçin gaty uly: ony birnäçe bölüme bölüň.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>Faýly okap bolmaýar: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be converted: {reason}. It is unchanged; check the folder&apos;s permissions and free space, then try again.</source>
        <translation>Faýly öwrüp bolmady: {reason}. Ol üýtgemedi; bukjanyň rugsatlaryny we boş ýeri barlaň, soňra gaýtadan synanyşyň.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Cannot convert</source>
        <translation>Öwrüp bolmady</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} was converted from {encoding} to UTF-8; the original is kept in {backup}.</source>
        <translation>{file} faýly {encoding} kodlamasyndan UTF-8-e öwrüldi; asyl nusgasy şu ýerde saklanýar: {backup}.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../authoring_app/gui/export_runner.py" line="+146"/>
        <source>Exporting</source>
        <extracomment>Threads of running exports. A thread has no parent, so closing the window that started it never destroys it while it runs (Qt aborts then); it leaves this set when it has finished.</extracomment>
        <translation>Eksport edilýär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Eksportyň barşy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the export…</source>
        <translation>Eksport taýýarlanýar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopping the export…</source>
        <translation>Eksport togtadylýar…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rendering sections</source>
        <translation>Bölümler şekillendirilýär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing pages</source>
        <translation>Sahypalar ýazylýar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the search index</source>
        <translation>Gözleg indeksi gurulýar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing files</source>
        <translation>Faýllar ýazylýar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCORM 1.2 packages</source>
        <translation>SCORM 1.2 paketleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCORM 2004 packages</source>
        <translation>SCORM 2004 paketleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPUB books</source>
        <translation>EPUB kitaplary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single HTML files</source>
        <translation>Bitewi HTML faýllary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files</source>
        <translation>PDF faýllary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validating</source>
        <translation>Barlanýar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {done} / {total}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export Failed</source>
        <translation>Eksport şowsuz boldy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything exported to that folder before is unchanged.</source>
        <translation>Şol bukja öň eksport edilen zatlar üýtgemedi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The handbook could not be read, so nothing was exported.</source>
        <translation>Gollanmany okap bolmady, şonuň üçin hiç zat eksport edilmedi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

Correct the file named above and export again.</source>
        <translation>{problem}

Ýokarda ady agzalan faýly düzediň we täzeden eksport ediň.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handbook could not be exported to {folder}.</source>
        <translation>Gollanmany şu bukja eksport edip bolmady: {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export could not write to {folder}.</source>
        <translation>Eksport şu bukja ýazyp bilmedi: {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {reason}.

Check that the disk has free space and that you may write to that folder, then export again. {unchanged}</source>
        <translation>{file}: {reason}.

Diskde boş ýeriň bardygyny we şol bukja ýazmaga rugsadyňyzyň bardygyny barlaň, soňra täzeden eksport ediň. {unchanged}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unexpected error stopped the export to {folder}.</source>
        <translation>Garaşylmadyk ýalňyşlyk şu bukja eksporty togtatdy: {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{error}

{unchanged} Please report this problem, with the details below, to the people who maintain Handbook Studio.</source>
        <translation>{error}

{unchanged} Bu mesele barada aşakdaky jikme-jiklikler bilen Handbook Studio-ny goldaýan adamlara habar beriň.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export cancelled: the folder is as it was before.</source>
        <translation>Eksport ýatyryldy: bukja öňküsi ýaly.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Validating the result…</source>
        <translation>Netije barlanýar…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../authoring_app/gui/export_dialog.py" line="+73"/>
        <source>Export Handbook</source>
        <extracomment>False: the export would be refused, so the Export button is off. Shown under the folder field (&quot;&quot; when there is nothing to say). True when ``message`` is a warning rather than a note.</extracomment>
        <translation>Gollanmany eksport et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export handbook</source>
        <translation>Gollanmany eksport et</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output folder</source>
        <translation>Netije bukjasy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Saýla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the output folder</source>
        <translation>Netije bukjasyny saýlaň</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About the output folder</source>
        <translation>Netije bukjasy barada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Formats to make</source>
        <translation>Döredilmeli formatlar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Validate the result (HTML, accessibility, EPUB and SCORM checks)</source>
        <translation>Netijäni &amp;barla (HTML, elýeterlilik, EPUB we SCORM barlaglary)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs the validators installed on this computer and writes report.html; takes a little longer.</source>
        <translation>Bu kompýuterde gurnalan barlag gurallaryny işledýär we report.html ýazýar; birneme köp wagt alýar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages to export</source>
        <translation>Eksport edilmeli diller</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{language} ({code}, source)</source>
        <translation>{language} ({code}, çeşme)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Base URL (optional)</source>
        <translation>Esasy URL (hökman däl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://courses.example.edu/handbook/ (optional)</source>
        <translation>https://courses.example.edu/handbook/ (hökman däl)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output &amp;folder:</source>
        <translation>&amp;Netije bukjasy:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ormats:</source>
        <translation>&amp;Formatlar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Diller:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base &amp;URL:</source>
        <translation>Esasy &amp;URL:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksport et</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose the folder the export goes into.</source>
        <translation>Eksportyň ýazyljak bukjasyny saýlaň.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the full path of the folder, or choose it with Browse…</source>
        <translation>Bukjanyň doly ýoluny giriziň ýa-da ony “Saýla…” düwmesi bilen saýlaň.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This folder holds the handbook itself: choose another folder.</source>
        <translation>Bu bukjada gollanmanyň özi ýerleşýär: başga bukja saýlaň.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is inside the handbook: choose a folder outside {root}.</source>
        <translation>Bu bukja gollanmanyň içinde: şu bukjadan daşardaky bukjany saýlaň: {root}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a file, not a folder: choose a folder.</source>
        <translation>Bu bukja däl-de, faýl: bukja saýlaň.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An earlier export in this folder will be replaced.</source>
        <translation>Bu bukjadaky öňki eksport çalşylar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder is not empty and was not made by an export. The export replaces its whole folder, so it will not write here: choose an empty or new folder.</source>
        <translation>Bu bukja boş däl we ony eksport döretmändir. Eksport öz bukjasyny doly çalyşýar, şonuň üçin bu ýere ýazmaz: boş ýa-da täze bukja saýlaň.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder is empty: the export will be written into it.</source>
        <translation>Bukja boş: eksport şoňa ýazylar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder cannot be read ({reason}).</source>
        <translation>Bu bukjany okap bolmaýar ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder will be created.</source>
        <translation>Bukja dörediler.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the Output Folder</source>
        <translation>Netije bukjasyny saýlaň</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose at least one format.</source>
        <translation>Iň bolmanda bir format saýlaň.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One file per language and format goes into the folder, the website into its site folder.</source>
        <translation>Bukja her dil we format üçin bir faýl ýazylýar, web-saýt bolsa öz aýratyn bukjasyna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per language and format goes into the folder.</source>
        <translation>Bukja her dil we format üçin bir faýl ýazylýar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose at least one language.</source>
        <translation>Iň bolmanda bir dil saýlaň.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only for sitemap.xml: search engines need full addresses. Leave empty if unsure.</source>
        <translation>Diňe sitemap.xml üçin: gözleg ulgamlaryna doly salgylar gerek. Ynamyňyz ýok bolsa, boş goýuň.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A base URL starts with https:// (or http://).</source>
        <translation>Esasy URL https:// (ýa-da http://) bilen başlaýar.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../authoring_app/gui/export_formats.py" line="+192"/>
        <source>all</source>
        <extracomment>Format keys, in the order of :data:`EXPORT_FORMATS` (never empty). The chosen languages, in the handbook&apos;s order (never empty). Worker processes for rendering (None: the core&apos;s choice). Tests pass 1 to stay in one process. Run the installed validators on the result and write report.html. The file &quot;Open&quot; shows (the site&apos;s language chooser, a package, a book …); None when there is nothing to open. Pages a reader can open (HTML pages of a website). All files written or kept. Sections rendered this time (the others came from the cache). Files kept unchanged from the previous export. Every output, for validation. With &quot;Validate the result&quot;: report.html, one line per check, and whether a check failed. Source texts, translated when shown (marked with QT_TRANSLATE_NOOP in the &quot;ExportFormats&quot; context). Runs this format&apos;s part of a job; ``progress`` may raise to stop it (cancellation). ``module:function`` of the builder; the format is offered only when it imports. Must run on the GUI thread (QtWebEngine): the controller runs it there, after the export thread.</extracomment>
        <translation>ähli</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(first: {message})</source>
        <translation>(birinjisi: {message})</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Website (online and offline)</source>
        <translation>Web-saýt (onlaýn we oflaýn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static pages for a web server that also work straight from a folder or a USB stick: open index.html.</source>
        <translation>Web serwer üçin statik sahypalar, olar göni bukjadan ýa-da USB fleşkadan hem işleýär: index.html faýlyny açyň.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Open in browser</source>
        <translation>Brauzerde aç</translation>
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
        <translation>Moodle we beýleki LMS-leriň köpüsi üçin her dilde bir .zip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SCORM 2004 package</source>
        <translation>SCORM 2004 paketi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .zip per language for LMSs that run SCORM 2004 (4th edition).</source>
        <translation>SCORM 2004 (4-nji neşir) goldaýan LMS-ler üçin her dilde bir .zip.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EPUB book</source>
        <translation>EPUB kitaby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An EPUB 3 e-book per language, for e-readers and reading apps.</source>
        <translation>Elektron okaýjylar we okamak programmalary üçin her dilde bir EPUB 3 elektron kitap.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open book</source>
        <translation>Kitaby aç</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single HTML file</source>
        <translation>Bitewi HTML faýly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole handbook in one self-contained .html file per language.</source>
        <translation>Her dil üçin tutuş gollanma özbaşdak bir .html faýlynda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../authoring_app/core/export/formats.py" line="+24"/>
        <source>PDF for print</source>
        <translation>Çap üçin PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An A4 PDF per language, for printing.</source>
        <translation>Çap etmek üçin her dilde bir A4 PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open PDF</source>
        <translation>PDF-i aç</translation>
    </message>
    <message>
        <location filename="../authoring_app/core/export/formats.py" line="-18"/>
        <source>SCORM 2004 (4th edition) package</source>
        <translation>SCORM 2004 (4-nji neşir) paketi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>EPUB 3 book</source>
        <translation>EPUB 3 kitaby</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>single HTML file</source>
        <translation>bitewi HTML faýly</translation>
    </message>
    <message>
        <location filename="../authoring_app/core/export/validation.py" line="+33"/>
        <source>website</source>
        <extracomment>The format name of the website&apos;s checks (the GUI translates it in the context ``ExportFormats``).</extracomment>
        <translation>web-saýt</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <location filename="../authoring_app/gui/export_runner.py" line="+34"/>
        <source>Export Finished</source>
        <translation>Eksport tamamlandy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export finished</source>
        <translation>Eksport tamamlandy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export is ready.</source>
        <translation>Eksport taýýar.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The export is ready, with %n problems.</source>
        <translation>
            <numerusform>Eksport taýýar, %n mesele bar.</numerusform>
            <numerusform>Eksport taýýar, %n mesele bar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n sahypa</numerusform>
            <numerusform>%n sahypa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n faýl</numerusform>
            <numerusform>%n faýl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pages} ({files} in all) in {seconds} s, written to {folder}</source>
        <translation>{pages} (jemi {files}), {seconds} sek., ýazylan ýeri: {folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export summary</source>
        <translation>Eksportyň jemi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No section had to be rendered again: all came from the cache.</source>
        <translation>Hiç bir bölümi täzeden şekillendirmek gerek bolmady: hemmesi keşden alyndy.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sections rendered now</source>
        <translation>
            <numerusform>%n bölüm häzir şekillendirildi</numerusform>
            <numerusform>%n bölüm häzir şekillendirildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n files unchanged since the last export.</source>
        <translation>
            <numerusform>%n faýl soňky eksportdan bäri üýtgemedi.</numerusform>
            <numerusform>%n faýl soňky eksportdan bäri üýtgemedi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sections rendered now.</source>
        <translation>
            <numerusform>%n bölüm häzir şekillendirildi.</numerusform>
            <numerusform>%n bölüm häzir şekillendirildi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems found</source>
        <translation>Tapylan meseleler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pages concerned are still published. Correct the files named below and export again:</source>
        <translation>Degişli sahypalar şonda-da neşir edildi. Aşakda ady agzalan faýllary düzediň we täzeden eksport ediň:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problems found.</source>
        <translation>Hiç hili mesele tapylmady.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open report</source>
        <translation>Hasabaty aç</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show folder</source>
        <translation>Bukjany görkez</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Validation results</source>
        <translation>Barlagyň netijeleri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation found problems (✗). Open the report for the details:</source>
        <translation>Barlag meseleleri tapdy (✗). Jikme-jiklikler üçin hasabaty açyň:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation found no problem. — marks a check whose validator is not installed:</source>
        <translation>Barlag hiç hili mesele tapmady. — belgisi barlag guraly gurnalmadyk barlagy aňladýar:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot Open</source>
        <translation>Açyp bolmady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program to open {path} was found. Open it from your file manager.</source>
        <translation>Şuny açmak üçin programma tapylmady: {path}. Ony faýl dolandyryjyňyzdan açyň.</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <location filename="../authoring_app/gui/external_changes.py" line="+161"/>
        <source>{file} changed on disk but cannot be read ({error}); your text stays in the editor.</source>
        <translation>{file} diskde üýtgedi, emma ony okap bolmaýar ({error}); tekstiňiz redaktorda galýar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} was changed by another program and reloaded (Ctrl+Z brings back the text before).</source>
        <translation>{file} başga programma tarapyndan üýtgedildi we täzeden ýüklendi (Ctrl+Z öňki teksti yzyna getirýär).</translation>
    </message>
    <message numerus="yes">
        <location line="-56"/>
        <source>%n file(s) deleted or renamed</source>
        <extracomment>How long the segment grid&apos;s refresh waits for the translator to finish editing a cell. A burst of outside changes was handled: the ``frozenset`` of files it touched.</extracomment>
        <translation>
            <numerusform>%n faýl pozuldy ýa-da ady üýtgedildi</numerusform>
            <numerusform>%n faýl pozuldy ýa-da ady üýtgedildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted or renamed by another program (%n file(s)): {files}. Your text is still open in the app, unsaved, and in the recovery copy: save it to write the file again, or copy the text elsewhere.</source>
        <translation>
            <numerusform>Başga programmanyň pozan ýa-da adyny üýtgeden faýllary (%n): {files}. Tekstiňiz henizem programmada açyk, ýatda saklanmadyk we dikeltme nusgasynda dur: faýly täzeden ýazmak üçin ony ýatda saklaň ýa-da teksti başga ýere göçüriň.</numerusform>
            <numerusform>Başga programmanyň pozan ýa-da adyny üýtgeden faýllary (%n): {files}. Tekstiňiz henizem programmada açyk, ýatda saklanmadyk we dikeltme nusgasynda dur: faýly täzeden ýazmak üçin ony ýatda saklaň ýa-da teksti başga ýere göçüriň.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{file}: the version on disk could not be copied ({error}), so nothing was changed; saving will ask before it replaces that version.</source>
        <translation>{file}: diskdäki wersiýany göçürip bolmady ({error}), şonuň üçin hiç zat üýtgedilmedi; ýatda saklananda programma şol wersiýany çalyşmazdan öň sorar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: your text is kept; saving replaces the version on disk, copied to {copy}.</source>
        <translation>{file}: tekstiňiz saklandy; ýatda saklamak {copy} ýerine göçürilen diskdäki wersiýany çalşar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: the version on disk was loaded.</source>
        <translation>{file}: diskdäki wersiýa ýüklendi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: the merged text is in the editor, not saved yet.</source>
        <translation>{file}: birleşdirilen tekst redaktorda, heniz ýatda saklanmady.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} changed on disk; saving will ask before it replaces that change.</source>
        <translation>{file} diskde üýtgedi; ýatda saklamak ol üýtgeşmäni çalyşmazdan öň sorar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>handbook.toml was changed by another program and cannot be read ({error}); the contents shown are as before. Correct the file to see the new contents.</source>
        <translation>handbook.toml başga programma tarapyndan üýtgedildi we ony okap bolmaýar ({error}); görkezilýän mazmun öňküsi ýaly. Täze mazmuny görmek üçin faýly düzediň.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>handbook.toml was changed by another program: the contents were reloaded.</source>
        <translation>handbook.toml başga programma tarapyndan üýtgedildi: mazmun täzeden ýüklendi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The section {slug} is no longer in handbook.toml; its text stays open.</source>
        <translation>{slug} bölümi indi handbook.toml faýlynda ýok; onuň teksti açyk galýar.</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <location filename="../authoring_app/gui/media_form.py" line="+123"/>
        <source>&amp;Remove</source>
        <translation>&amp;Aýyr</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../authoring_app/gui/editor/find_replace.py" line="+68"/>
        <source>Find and replace</source>
        <extracomment>How many matches are painted in the text at most (counting goes on beyond it).</extracomment>
        <translation>Tap we çalyş</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Tap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to find</source>
        <translation>Gözlenýän tekst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with</source>
        <translation>Şuňa çalyş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement text</source>
        <translation>Täze tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With regular expressions, \1 or \g&lt;name&gt; inserts a matched group</source>
        <translation>Regulýar aňlatmalarda \1 ýa-da \g&lt;name&gt; tapylan topary goýýar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match &amp;case</source>
        <translation>Baş harplary &amp;tapawutlandyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Baş harplary tapawutlandyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Bütin sözler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words only</source>
        <translation>Diňe bütin sözler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gular expression</source>
        <translation>&amp;Regulýar aňlatma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Regulýar aňlatma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python regular expressions; refer to groups as \1 in the replacement</source>
        <translation>Python regulýar aňlatmalary; çalyşmada toparlara \1 görnüşinde salgylanyň</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Öňki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Öňki tapylany görkez (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Indiki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find the next match (F3)</source>
        <translation>Indiki tapylany görkez (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>Ç&amp;alyş</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace this match and find the next</source>
        <translation>Muny çalyş we indikisini tap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;all</source>
        <translation>&amp;Hemmesini çalyş</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace every match</source>
        <translation>Tapylanlaryň hemmesini çalyş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Escape)</source>
        <translation>Gözleg panelini ýap (Escape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find bar</source>
        <translation>Gözleg panelini ýap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search result</source>
        <translation>Gözlegiň netijesi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Find…</source>
        <translation>&amp;Tap…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>Ça&amp;lyş…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;next</source>
        <translation>&amp;Indikini tap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find pre&amp;vious</source>
        <translation>&amp;Öňkini tap</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>%n ýer çalşyldy</numerusform>
            <numerusform>%n ýer çalşyldy</numerusform>
        </translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Invalid replacement: {error}</source>
        <translation>Nädogry çalyşma: {error}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{current} of {total}</source>
        <translation>{current} / {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}, from the top</source>
        <translation>{current} / {total}, başdan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}, from the end</source>
        <translation>{current} / {total}, ahyrdan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid regular expression: {error}</source>
        <translation>Nädogry regulýar aňlatma: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No matches</source>
        <translation>Hiç zat tapylmady</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n ýer tapyldy</numerusform>
            <numerusform>%n ýer tapyldy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <location filename="../authoring_app/gui/editor/formatting.py" line="+346"/>
        <source>&amp;Bold</source>
        <translation>&amp;Galyň</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text bold</source>
        <translation>Saýlanan teksti galyň et</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Italic</source>
        <translation>&amp;Ýapgyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text italic</source>
        <translation>Saýlanan teksti ýapgyt et</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inline &amp;code</source>
        <translation>Setirdäki &amp;kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected text as code</source>
        <translation>Saýlanan teksti kod hökmünde belle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Link…</source>
        <translation>&amp;Baglanyşyk…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text a link</source>
        <translation>Saýlanan teksti baglanyşyga öwür</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heading &amp;{level}</source>
        <translation>Sözbaşy &amp;{level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line a heading of level {level}</source>
        <translation>Häzirki setiri derejesi {level} bolan sözbaşy et</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Abzas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line plain text</source>
        <translation>Häzirki setiri adaty tekst et</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;ulleted list</source>
        <translation>Be&amp;lgili sanaw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a bulleted list</source>
        <translation>Saýlanan setirleri belgili sanawa öwür</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Numbered list</source>
        <translation>Sa&amp;nly sanaw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a numbered list</source>
        <translation>Saýlanan setirleri sanly sanawa öwür</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Block &amp;quote</source>
        <translation>&amp;Sitata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote the selected lines</source>
        <translation>Saýlanan setirleri sitata et</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code bl&amp;ock</source>
        <translation>K&amp;od bloky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected lines in a code block</source>
        <translation>Saýlanan setirleri kod blokuna sal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Table</source>
        <translation>&amp;Tablisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a table with three columns and two rows</source>
        <translation>Üç sütünli we iki setirli tablisa giriz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Sütün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <location filename="../authoring_app/gui/editor/front_matter_form.py" line="+97"/>
        <source>Section details</source>
        <extracomment>The header changed (in the text or through the form); the argument is its data (empty when absent).</extracomment>
        <translation>Bölümiň maglumatlary</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Front matter problems</source>
        <translation>Baş maglumatlardaky meseleler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Sözbaşy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section&apos;s title, as shown in the contents</source>
        <translation>Bölümiň mazmunda görkezilýän sözbaşysy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Gysgaça mazmun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two sentences for the contents page and search</source>
        <translation>Mazmun sahypasy we gözleg üçin bir-iki sözlem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keywords</source>
        <translation>Açar sözler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Separated by commas</source>
        <translation>Otur bilen aýrylan</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Authors</source>
        <translation>Awtorlar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Sözbaşy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Gysgaça mazmun:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keywords:</source>
        <translation>&amp;Açar sözler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au&amp;thors:</source>
        <translation>Aw&amp;torlar:</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Line {line}: {problem}</source>
        <translation>Setir {line}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the front matter in the text; the form is read-only until then.</source>
        <translation>Tekstdäki baş maglumatlary düzediň; şoňa çenli forma diňe okamak üçin.</translation>
    </message>
</context>
<context>
    <name>InsertAudioDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="+232"/>
        <source>Insert Audio</source>
        <translation>Audio giriz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert audio</source>
        <translation>Audio giriz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an audio file</source>
        <translation>Audio faýlyny saýlaň</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recording chosen yet</source>
        <translation>Heniz ses ýazgysy saýlanmady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption of the recording</source>
        <translation>Ses ýazgysynyň düşündirişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown above the player, e.g. who speaks about what</source>
        <translation>Pleýeriň üstünde görkezilýär, mysal üçin, kimiň näme barada gürleýändigi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;transcript files, one per language</source>
        <translation>&amp;Transkript faýllaryny döret, her dil üçin bir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create transcript files for each language</source>
        <translation>Her dil üçin transkript faýllaryny döret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audio &amp;file:</source>
        <translation>Audio &amp;faýly:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>&amp;Düşündiriş:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording is copied as it is (Ogg or MP3 play everywhere). Languages: {languages}.</source>
        <translation>Ses ýazgysy bolşy ýaly göçürilýär (Ogg ýa-da MP3 hemme ýerde oýnaýar). Diller: {languages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Recording</source>
        <translation>Ses ýazgysyny saýlaň</translation>
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
        <translation>Bu transkript faýllary gollanmanyň media bukjasynda her dil üçin bir faýl edilip döredildi. Ses ýazgysynda aýdylýanlary olara ýazyň (Markdown):

{files}</translation>
    </message>
</context>
<context>
    <name>InsertImageDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_image_dialog.py" line="+70"/>
        <source>Insert Image</source>
        <translation>Surat giriz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert image</source>
        <translation>Surat giriz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose file…</source>
        <translation>Faýl &amp;saýla…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an image file</source>
        <translation>Surat faýlyny saýlaň</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No image chosen yet</source>
        <translation>Heniz surat saýlanmady</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop an image here or choose a file</source>
        <translation>Suraty şu ýere süýräp taşlaň ýa-da faýl saýlaň</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the image</source>
        <translation>Suratyň deslapky syny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image size</source>
        <translation>Suratyň ölçegi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt text (required)</source>
        <translation>Alternatiw tekst (hökmany)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the image shows, for readers who cannot see it. Required.</source>
        <translation>Suratda näme görkezilýär — ony görüp bilmeýän okyjylar üçin. Hökmany.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the image shows, e.g. “Students working in pairs”</source>
        <translation>Suratda näme görkezilýär, mysal üçin, “Jübüt bolup işleýän talyplar”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alt text is required: readers with a screen reader hear it instead of seeing the image.</source>
        <translation>Alternatiw tekst hökmany: ekran okaýjysyny ulanýan okyjylar suraty görmegiň ýerine ony eşidýärler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why alt text is needed</source>
        <translation>Alternatiw tekst näme üçin gerek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caption (optional)</source>
        <translation>Düşündiriş (hökman däl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown under the image (optional)</source>
        <translation>Suratyň aşagynda görkezilýär (hökman däl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert</source>
        <translation>&amp;Giriz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image &amp;file:</source>
        <translation>Surat &amp;faýly:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Alt text (required):</source>
        <translation>&amp;Alternatiw tekst (hökmany):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ption:</source>
        <translation>&amp;Düşündiriş:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an Image</source>
        <translation>Surat saýlaň</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({patterns})</source>
        <translation>Suratlar ({patterns})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pasted image</source>
        <translation>Goýlan surat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This Image Cannot Be Used</source>
        <translation>Bu suraty ulanyp bolmaýar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No preview available</source>
        <translation>Deslapky syn elýeterli däl</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SVG drawing: stored as it is, sharp at any size.</source>
        <translation>SVG çyzgysy: bolşy ýaly saklanýar, islendik ölçegde aýdyň görünýär.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{width} × {height} pixels: will be scaled down to {final_width} × {final_height} pixels, large enough for any screen.</source>
        <translation>{width} × {height} piksel: {final_width} × {final_height} piksele çenli kiçeldiler, bu islendik ekran üçin ýeterlik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{width} × {height} pixels.</source>
        <translation>{width} × {height} piksel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera data (such as the location) will be removed.</source>
        <translation>Kameranyň maglumatlary (mysal üçin, ýerleşýän ýeri) aýrylar.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The Image Was Not Inserted</source>
        <translation>Surat girizilmedi</translation>
    </message>
</context>
<context>
    <name>InsertVideoDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="-108"/>
        <source>Insert Video</source>
        <translation>Wideo giriz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert video</source>
        <translation>Wideo giriz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a video file</source>
        <translation>Wideo faýlyny saýlaň</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No video chosen yet</source>
        <translation>Heniz wideo saýlanmady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption under the player</source>
        <translation>Pleýeriň aşagyndaky düşündiriş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown under the player, e.g. what the video is about</source>
        <translation>Pleýeriň aşagynda görkezilýär, mysal üçin, wideonyň näme barada bolýandygy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;caption files (.vtt), one per language</source>
        <translation>&amp;Subtitr faýllaryny döret (.vtt), her dil üçin bir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create caption files for each language</source>
        <translation>Her dil üçin subtitr faýllaryny döret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose poster…</source>
        <translation>Poster saýla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a poster image</source>
        <translation>Poster suratyny saýlaň</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (optional)</source>
        <translation>Ýok (hökman däl)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the poster image</source>
        <translation>Poster suratyny aýyr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Video file:</source>
        <translation>&amp;Wideo faýly:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Poster:</source>
        <translation>&amp;Poster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>&amp;Düşündiriş:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is copied as it is (WebM or MP4 play everywhere). Languages: {languages}.</source>
        <translation>Wideo bolşy ýaly göçürilýär (WebM ýa-da MP4 hemme ýerde oýnaýar). Diller: {languages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Video</source>
        <translation>Wideo saýlaň</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Videos ({patterns})</source>
        <translation>Wideolar ({patterns})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a Poster Image</source>
        <translation>Poster suratyny saýlaň</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images ({patterns})</source>
        <translation>Suratlar ({patterns})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>These caption files were created in the handbook&apos;s media folder, one per language. Write the captions into them (WebVTT):

{files}</source>
        <translation>Bu subtitr faýllary gollanmanyň media bukjasynda her dil üçin bir faýl edilip döredildi. Subtitrleri olara ýazyň (WebVTT):

{files}</translation>
    </message>
</context>
<context>
    <name>InterfacePage</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="+55"/>
        <source>Interface</source>
        <translation>Interfeýs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Ulgamyň dili</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the interface</source>
        <translation>Interfeýsiň dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used the next time Handbook Studio starts.</source>
        <translation>Täze dil Handbook Studio indiki gezek açylanda ulanylar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
</context>
<context>
    <name>LanguageColumn</name>
    <message>
        <location filename="../authoring_app/gui/translation/side_by_side_column.py" line="+56"/>
        <source>Language of this column</source>
        <extracomment>The user picked another language in the header&apos;s picker. The editor took the focus: this is the column Ctrl+S saves and whose segment is highlighted.</extracomment>
        <translation>Bu sütüniň dili</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>● unsaved</source>
        <translation>● ýatda saklanmadyk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This column has unsaved changes</source>
        <translation>Bu sütünde ýatda saklanmadyk üýtgeşmeler bar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation status of this column</source>
        <translation>Bu sütüniň terjime ýagdaýy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Deslapky syn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the page of this language below</source>
        <translation>Bu diliň sahypasyny aşakda görkez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this language in the section editor</source>
        <translation>Bu dili bölüm redaktorynda aç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this column</source>
        <translation>Bu sütüni aýyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove column</source>
        <translation>Sütüni aýyr</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{language} text</source>
        <translation>Tekst ({language})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Source language</source>
        <translation>Çeşme dili</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n outdated</source>
        <translation>
            <numerusform>%n könelen</numerusform>
            <numerusform>%n könelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n ýetmeýän</numerusform>
            <numerusform>%n ýetmeýän</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n extra</source>
        <translation>
            <numerusform>%n artykmaç</numerusform>
            <numerusform>%n artykmaç</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date</source>
        <translation>Täzelenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counts} (against {pivot})</source>
        <translation>{counts} ({pivot} bilen deňeşdirilende)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{file} (new file)</source>
        <translation>{file} (täze faýl)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the recovery copy: {error}</source>
        <translation>Dikeltme nusgasyny ýazyp bolmady: {error}</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <location filename="../authoring_app/gui/languages.py" line="+13"/>
        <source>Bulgarian</source>
        <translation>Bolgar dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Rus dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Iňlis dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Gazak dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>Gyrgyz dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajik</source>
        <translation>Täjik dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmen</source>
        <translation>Türkmen dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>Özbek dili</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../authoring_app/gui/main_actions.py" line="+39"/>
        <source>&amp;File</source>
        <translation>&amp;Faýl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Handbook…</source>
        <translation>&amp;Täze gollanma…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Handbook…</source>
        <translation>Gollanmany &amp;aç…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a handbook folder (the one holding handbook.toml)</source>
        <translation>Gollanmanyň bukjasyny aç (handbook.toml faýly bolan bukjany)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Soňky açylanlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Ýatda sakla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the handbook as a website that also works offline</source>
        <translation>Gollanmany oflaýn hem işleýän web-saýt hökmünde neşir et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çyk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Düzet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Yzyna al</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gaýtala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>Gö&amp;çür</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation>G&amp;oý</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>&amp;Hemmesini saýla</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Sazlamalar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insert</source>
        <translation>&amp;Giriz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image…</source>
        <translation>&amp;Surat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Video…</source>
        <translation>&amp;Wideo…</translation>
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
        <translation>Ta&amp;blisa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Structure</source>
        <translation>G&amp;urluş</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;View</source>
        <translation>Gö&amp;rnüş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Preview</source>
        <translation>&amp;Deslapky syny görkez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;Ulgama eýer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Açyk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Garaňky</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reset Layout</source>
        <translation>Ýerleşişi &amp;başdaky ýagdaýa getir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Kömek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Handbook Studio</source>
        <translation>Handbook Studio &amp;barada</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Esasy gural paneli</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>{file}: only images, video and audio can be dropped into a section</source>
        <translation>{file}: bölüme diňe surat, wideo we audio süýräp taşlap bolýar</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(none yet)</source>
        <translation>(heniz ýok)</translation>
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
        <translation>Gollanmanyň ady</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handbook folder</source>
        <translation>Gollanmanyň bukjasy</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Editor area</source>
        <translation>Redaktor meýdany</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section being edited</source>
        <translation>Redaktirlenýän bölüm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the section being edited</source>
        <translation>Redaktirlenýän bölümiň dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this section in another language</source>
        <translation>Bu bölümi başga dilde redaktirle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Handbook summary</source>
        <translation>Gollanmanyň gysgaça maglumaty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words and characters</source>
        <translation>Sözler we nyşanlar</translation>
    </message>
    <message>
        <location line="+125"/>
        <location filename="../authoring_app/gui/structure_follow.py" line="+70"/>
        <source>Cannot open section</source>
        <extracomment>The section the window is on (the Write mode edits it; the other modes show it), and its language.</extracomment>
        <translation>Bölümi açyp bolmady</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved {file}</source>
        <translation>{file} ýatda saklandy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} has changes that are not saved.</source>
        <translation>{file} faýlynda ýatda saklanmadyk üýtgeşmeler bar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Handbook</source>
        <translation>Gollanmany aç</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Handbook — choose a new folder</source>
        <translation>Täze gollanma — täze bukja saýlaň</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>New Handbook</source>
        <translation>Täze gollanma</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Title of the handbook:</source>
        <translation>Gollanmanyň ady:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language codes, the source language first (e.g. bg, ru, en):</source>
        <translation>Dil kodlary, ilki çeşme dili (mysal üçin, bg, ru, en):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the handbook</source>
        <translation>Gollanmany döredip bolmady</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+2"/>
        <source>No handbook open</source>
        <translation>Açyk gollanma ýok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a handbook folder with File → Open Handbook…</source>
        <translation>Gollanmanyň bukjasyny Faýl → Gollanmany aç… arkaly açyň</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+87"/>
        <source>%n sections · languages {languages}</source>
        <translation>
            <numerusform>%n bölüm · diller: {languages}</numerusform>
            <numerusform>%n bölüm · diller: {languages}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Double-click a section (or press Enter) to write it here.</source>
        <translation>Bölümi şu ýerde ýazmak üçin oňa iki gezek basyň (ýa-da Enter basyň).</translation>
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
        <translation> (täze terjime: faýl ilkinji gezek ýatda saklananda dörediler)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{words} words · {characters} characters</source>
        <translation>{words} söz · {characters} nyşan</translation>
    </message>
    <message>
        <location filename="../authoring_app/gui/structure_follow.py" line="-42"/>
        <source>The structure was not changed: save the open text first.</source>
        <translation>Gurluş üýtgedilmedi: ilki açyk teksti ýatda saklaň.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file} before changing the structure</source>
        <translation>Gurluşy üýtgetmezden öň {file} ýatda saklandy</translation>
    </message>
    <message>
        <location filename="../authoring_app/gui/window_dialogs.py" line="+26"/>
        <source>Cannot open handbook</source>
        <translation>Gollanmany açyp bolmady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample handbook could not be opened.</source>
        <translation>Nusga gollanmany açyp bolmady.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handbook in {path} could not be opened.</source>
        <translation>Şu ýerdäki gollanmany açyp bolmady: {path}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore unsaved text?</source>
        <translation>Ýatda saklanmadyk tekst dikeldilsinmi?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has text that was typed but not saved (the app ended before it was saved).</source>
        <translation>{file} faýlynda ýazylan, emma ýatda saklanmadyk tekst bar (ol ýatda saklanmanka programma ýapyldy).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore it into the editor (you can still undo that), or discard it and keep the file as saved?</source>
        <translation>Ony redaktora dikeltmelimi (muny soň hem yzyna alyp bolýar) ýa-da taşlap, faýly ýatda saklanyşy ýaly galdyrmalymy?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Dikelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Taşla</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unsaved changes</source>
        <translation>Ýatda saklanmadyk üýtgeşmeler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before you go on?</source>
        <translation>Dowam etmezden öň olary ýatda saklamalymy?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file changed on disk</source>
        <translation>Faýl diskde üýtgedi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Anyway</source>
        <translation>Şonda-da ýatda sakla</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot save</source>
        <translation>Ýatda saklap bolmady</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Handbook Studio</source>
        <translation>Handbook Studio barada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Handbook Studio {version}&lt;/h3&gt;&lt;p&gt;Write a multilingual, multimedia university handbook offline, keep every translation in step with the source, and publish it as a website, SCORM, EPUB and PDF.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handbook Studio {version}&lt;/h3&gt;&lt;p&gt;Köp dilli, multimediýaly uniwersitet gollanmasyny oflaýn ýazyň, her terjimäni çeşmä laýyk saklaň we ony web-saýt, SCORM, EPUB we PDF görnüşinde neşir ediň.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../authoring_app/gui/editor/markdown_editor.py" line="+66"/>
        <source>Section text</source>
        <extracomment>``(words, characters)`` of the prose (front matter and Markdown marks left out), after a pause in typing. Local files were dropped (or pasted from a file manager) on the editor; a list of ``pathlib.Path``. The editor inserts nothing for them; the text cursor is already where the drop happened. An image (not text) was pasted; the ``QImage`` is the clipboard&apos;s picture.</extracomment>
        <translation>Bölümiň teksti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown text of the section, with its front matter at the top</source>
        <translation>Bölümiň Markdown teksti, ýokarsynda baş maglumatlary bilen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="+98"/>
        <source>Preferences</source>
        <translation>Sazlamalar</translation>
    </message>
</context>
<context>
    <name>PreviewBase</name>
    <message>
        <location filename="../authoring_app/gui/preview/base.py" line="+47"/>
        <source>Preview notice</source>
        <extracomment>True where the preview is the real website page (Chromium), False for the simplified fallback. The page shows this revision of the text now (see :meth:`set_text`). The reader scrolled the preview: the source line now at its top (fractional between two blocks). The reader clicked a block: its first source line. A link to another section was followed: language, slug, fragment. The page must be built again (its process ended). Rendering failed (a bug): the message, also shown in the preview&apos;s notice.</extracomment>
        <translation>Deslapky syn barada bellik</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The preview could not show this text: {message}</source>
        <translation>Deslapky syn bu teksti görkezip bilmedi: {message}</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../authoring_app/gui/problems_panel.py" line="+94"/>
        <source>Problems</source>
        <extracomment>``&lt;lang&gt;/&lt;slug&gt;.md``: a problem in a section file, which the panel can ask to open. Filter values (the combo boxes&apos; item data). Checks still running. A thread has no parent, so closing the panel never destroys a running thread (Qt would abort); it leaves this set when it has finished.</extracomment>
        <translation>Meseleler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked yet.</source>
        <translation>Heniz barlanmady.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of problems</source>
        <translation>Meseleleriň jemi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors and warnings</source>
        <translation>Ýalňyşlyklar we duýduryşlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Diňe ýalňyşlyklar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings only</source>
        <translation>Diňe duýduryşlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of severity</source>
        <translation>Görkezilýän meseleleriň derejesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Ähli görnüşler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation QA</source>
        <translation>Terjime hil barlagy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other than translation QA</source>
        <translation>Terjime hil barlagyndan başgalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of kind</source>
        <translation>Görkezilýän meseleleriň görnüşi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check again</source>
        <translation>Täzeden &amp;barla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the handbook again</source>
        <translation>Gollanmany täzeden barla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every file of the handbook again (the window stays usable)</source>
        <translation>Gollanmanyň ähli faýllaryny täzeden barla (penjiräni ulanmak bolýar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Tapylan meseleler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter or double-click a problem to open its place</source>
        <translation>Meseläniň ýerini açmak üçin Enter basyň ýa-da oňa iki gezek basyň</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Derejesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Nirede</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Mesele</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Show:</source>
        <translation>&amp;Görkez:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Checking the handbook…</source>
        <translation>Gollanma barlanýar…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The check failed; please report this:
%1</source>
        <translation>Barlag şowsuz boldy; bu barada habar beriň:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Ýalňyşlyk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Duýduryş</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The handbook cannot be loaded: see the problem below.</source>
        <translation>Gollanmany ýükläp bolmaýar: aşakdaky meselä serediň.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ýalňyşlyk</numerusform>
            <numerusform>%n ýalňyşlyk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n duýduryş</numerusform>
            <numerusform>%n duýduryş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n from translation QA)</source>
        <translation>
            <numerusform>(%n sanysy terjime hil barlagyndan)</numerusform>
            <numerusform>(%n sanysy terjime hil barlagyndan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n sanysy görkezilýär</numerusform>
            <numerusform>%n sanysy görkezilýär</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found.</source>
        <translation>Hiç hili mesele tapylmady.</translation>
    </message>
</context>
<context>
    <name>ProjectGuard</name>
    <message>
        <location filename="../authoring_app/gui/project_guard.py" line="+152"/>
        <source>Restore from &amp;Backup…</source>
        <extracomment>Who this app is in lock files (tests pose as another app with their own). The app that holds the handbook while this window has it read-only. Why locking is off for this handbook (&quot;&quot; while it works): a reason with a LockReason code.</extracomment>
        <translation>Ätiýaçlyk nusgadan &amp;dikelt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back files of this handbook as one of its backups has them</source>
        <translation>Bu gollanmanyň faýllaryny ätiýaçlyk nusgalarynyň birindäki ýaly edip yzyna gaýtar</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The backup of the changed files failed: {reason} Close anyway?</source>
        <translation>Üýtgän faýllaryň ätiýaçlyk nusgasyny alyp bolmady: {reason} Şonda-da ýapylsynmy?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your files in the handbook are as you saved them; only the backup copy of this session is missing.</source>
        <translation>Gollanmadaky faýllaryňyz siziň ýatda saklaýşyňyz ýaly; diňe şu sessiýanyň ätiýaçlyk nusgasy ýok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Anyway</source>
        <translation>Şonda-da ýap</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Locking is on again for this handbook: no other app can open it for writing now.</source>
        <translation>Bu gollanma üçin gulplamak ýene işleýär: indi başga programma ony ýazmak üçin açyp bilmez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other app has closed the handbook: you can write in it now.</source>
        <translation>Beýleki programma gollanmany ýapdy: indi onda ýazyp bilersiňiz.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You have taken the handbook over: you can write in it now.</source>
        <translation>Siz gollanmany ele aldyňyz: indi onda ýazyp bilersiňiz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take over the handbook?</source>
        <translation>Gollanmany ele almalymy?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If Handbook Studio still runs there, you could overwrite each other&apos;s changes. Take the handbook over only when that app has been closed or its user agrees: it becomes read-only there.</source>
        <translation>Eger Handbook Studio ol ýerde entek işleýän bolsa, siz biri-biriňiziň üýtgeşmeleriniň üstünden ýazyp bilersiňiz. Gollanmany diňe ol programma ýapylan bolsa ýa-da onuň ulanyjysy razy bolsa ele alyň: ol ýerde gollanma diňe okamak üçin bolar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take Over</source>
        <translation>Ele al</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {user} has this handbook open on {host} (process {pid}) since {since}. You can read everything; to write, close it there, or take it over.</source>
        <translation>&lt;b&gt;Diňe okamak üçin.&lt;/b&gt; {user} bu gollanmany {host} kompýuterinde açdy (proses {pid}, wagty: {since}). Hemme zady okap bilersiňiz; ýazmak üçin ony ol ýerde ýapyň ýa-da ele alyň.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {user} on {host} (process {pid}) took this handbook over at {since}. Unsaved text stays in the editor; take the handbook back to save it here.</source>
        <translation>&lt;b&gt;Diňe okamak üçin.&lt;/b&gt; {host} kompýuterindäki {user} bu gollanmany ele aldy (proses {pid}, wagty: {since}). Ýatda saklanmadyk tekst redaktorda galýar; ony şu ýerde ýatda saklamak üçin gollanmany yzyna ele alyň.</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>Backed up %n changed file(s) of the handbook.</source>
        <translation>
            <numerusform>Gollanmanyň üýtgän %n faýlynyň ätiýaçlyk nusgasy alyndy.</numerusform>
            <numerusform>Gollanmanyň üýtgän %n faýlynyň ätiýaçlyk nusgasy alyndy.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+247"/>
        <source>The backup failed</source>
        <translation>Ätiýaçlyk nusga alyp bolmady</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Took over a lock file that was damaged (perhaps by a sync program).</source>
        <translation>Zaýalanan gulp faýly ele alyndy (belki, sinhronlaşdyryş programmasy zaýalandyr).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took over a lock that was left behind.</source>
        <translation>Galdyrylan gulp ele alyndy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took over the lock {user} left on {host}: that app&apos;s process {pid} has ended.</source>
        <translation>{user} ulanyjynyň {host} kompýuterinde galdyran gulpy ele alyndy: şol programmanyň {pid} prosesi tamamlandy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took over the lock {user} left on {host}: that app&apos;s process {pid} has ended (the number belongs to another program now).</source>
        <translation>{user} ulanyjynyň {host} kompýuterinde galdyran gulpy ele alyndy: şol programmanyň {pid} prosesi tamamlandy (bu belgi indi başga programmanyňky).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Took over the lock {user} left on {host}: that app has given no sign of life for %n minute(s).</source>
        <translation>
            <numerusform>{user} ulanyjynyň {host} kompýuterinde galdyran gulpy ele alyndy: şol programma %n minutdan bäri durmuş alamatyny bermedi.</numerusform>
            <numerusform>{user} ulanyjynyň {host} kompýuterinde galdyran gulpy ele alyndy: şol programma %n minutdan bäri durmuş alamatyny bermedi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Took over the lock {user} left on {host}.</source>
        <translation>{user} ulanyjynyň {host} kompýuterinde galdyran gulpy ele alyndy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locking is off for this handbook: the lock file {file} cannot be written or read ({error}). Another app could open the handbook for writing at the same time.</source>
        <translation>Bu gollanma üçin gulplamak öçürilen: {file} gulp faýlyny ýazyp ýa-da okap bolmaýar ({error}). Başga programma gollanmany şol bir wagtda ýazmak üçin açyp biler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locking is off for this handbook: the lock file cannot be written or read ({error}). Another app could open the handbook for writing at the same time.</source>
        <translation>Bu gollanma üçin gulplamak öçürilen: gulp faýlyny ýazyp ýa-da okap bolmaýar ({error}). Başga programma gollanmany şol bir wagtda ýazmak üçin açyp biler.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{error}

Your files in the handbook are as you saved them; only the backup copy is missing.</source>
        <translation>{error}

Gollanmadaky faýllaryňyz siziň ýatda saklaýşyňyz ýaly; diňe ätiýaçlyk nusga ýok.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not backed up: {problems}</source>
        <translation>Ätiýaçlyk nusga alynmady: {problems}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} has unsaved changes in an open editor: save or discard them first, then restore it.</source>
        <translation>{file} faýlynyň açyk redaktorda ýatda saklanmadyk üýtgeşmeleri bar: ilki olary ýatda saklaň ýa-da taşlaň, soňra faýly dikeldiň.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} was restored but cannot be read: {error}</source>
        <translation>{file} dikeldildi, emma ony okap bolmaýar: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Restored %n file(s) from the backup.</source>
        <translation>
            <numerusform>Ätiýaçlyk nusgadan %n faýl dikeldildi.</numerusform>
            <numerusform>Ätiýaçlyk nusgadan %n faýl dikeldildi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>someone</source>
        <translation>kimdir biri</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{user} has this handbook open on {host} (process {pid}) since {since}.</source>
        <translation>{user} bu gollanmany {host} kompýuterinde açdy (proses {pid}, wagty: {since}).</translation>
    </message>
</context>
<context>
    <name>ProjectTree</name>
    <message>
        <location filename="../authoring_app/gui/project_tree.py" line="+71"/>
        <source>Handbook contents</source>
        <extracomment>Item data: what a row stands for (&quot;part&quot; or &quot;section&quot;) and its slug. The user asked to open a section (double click or Enter); the argument is the section&apos;s slug. The structure changed (a change, undo or redo); the argument is the reloaded Handbook.</extracomment>
        <translation>Gollanmanyň mazmuny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts and sections of the handbook, and the languages each section is written in. F2 renames, Delete deletes, Alt+Up and Alt+Down move the selected row, the context menu has more.</source>
        <translation>Gollanmanyň bölekleri we bölümleri, şeýle hem her bölümiň ýazylan dilleri. F2 adyny üýtgedýär, Delete pozýar, Alt+Up we Alt+Down saýlanan setiri süýşürýär, kontekst menýusynda başga amallar hem bar.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Section</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section titles in the source language</source>
        <translation>Çeşme dilindäki bölüm sözbaşylary</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{language} (source language)</source>
        <translation>{language} (çeşme dili)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Part: {title}</source>
        <translation>Bölek: {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title}
File: {file}</source>
        <translation>{title}
Faýl: {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Available in {language}</source>
        <translation>{language}: bar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing in {language}</source>
        <translation>{language}: ýok</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{language}: {present} of %n sections</source>
        <translation>
            <numerusform>{language}: {present} / %n bölüm</numerusform>
            <numerusform>{language}: {present} / %n bölüm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <location filename="../authoring_app/gui/project_guard.py" line="-464"/>
        <source>Read-only notice</source>
        <translation>Diňe okamak barada bellik</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Anyway (&amp;Take Over)…</source>
        <translation>Şonda-da aç (&amp;ele al)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write in this handbook here; the other app can then no longer save it without asking</source>
        <translation>Bu gollanmada şu ýerde ýazyň; şondan soň beýleki programma ony soramazdan ýatda saklap bilmez</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../authoring_app/gui/recovery_dialog.py" line="+86"/>
        <source>Restore unsaved text?</source>
        <extracomment>The recovery copy (what Discard deletes).</extracomment>
        <translation>Ýatda saklanmadyk tekst dikeldilsinmi?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handbook Studio ended before this text was saved (a crash or a power cut). For each section, compare the unsaved text with the file, then restore it into the editor or discard it.</source>
        <extracomment>The section chosen for Restore.</extracomment>
        <translation>Handbook Studio bu tekst ýatda saklanmanka ýapyldy (näsazlyk ýa-da tok öçmegi). Her bölüm üçin ýatda saklanmadyk teksti faýl bilen deňeşdiriň, soňra ony redaktora dikeldiň ýa-da taşlaň.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections with unsaved text</source>
        <translation>Ýatda saklanmadyk teksti bolan bölümler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file compared with the unsaved text</source>
        <translation>Faýl ýatda saklanmadyk tekst bilen deňeşdirilende</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Dikelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the section with this text in the editor (not saved yet)</source>
        <translation>Bölümi şu tekst bilen redaktorda aç (heniz ýatda saklanmadyk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Taşla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this unsaved text and keep the file as saved</source>
        <translation>Bu ýatda saklanmadyk teksti poz we faýly ýatda saklanyşy ýaly galdyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Soňra &amp;karar ber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the unsaved text; opening the section offers it again</source>
        <translation>Ýatda saklanmadyk teksti sakla; bölüm açylanda ol ýene teklip ediler</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The file as saved</source>
        <translation>Ýatda saklanyşy ýaly faýl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unsaved text (recovered)</source>
        <translation>Ýatda saklanmadyk tekst (dikeldilen)</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Unsaved text of %n section(s) is kept from the last session: open one to restore it.</source>
        <translation>
            <numerusform>Öňki sessiýadan %n bölümiň ýatda saklanmadyk teksti galdy: dikeltmek üçin bölümi açyň.</numerusform>
            <numerusform>Öňki sessiýadan %n bölümiň ýatda saklanmadyk teksti galdy: dikeltmek üçin bölümi açyň.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../authoring_app/gui/preferences_dialog.py" line="-84"/>
        <source>Safety</source>
        <translation>Howpsuzlyk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder of recovery copies and backups</source>
        <extracomment>The folder chosen (None: the data folder).</extracomment>
        <translation>Dikeltme nusgalarynyň we ätiýaçlyk nusgalaryň bukjasy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data folder: {folder}</source>
        <translation>Maglumat bukjasy: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Saýla…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Default</source>
        <translation>&amp;Deslapky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the data folder again</source>
        <translation>Ýene maglumat bukjasyny ulan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery copies of unsaved text and the backups made on close go to this folder from the next start of Handbook Studio (the handbook command uses it at once). Those made before stay where they are.</source>
        <translation>Ýatda saklanmadyk tekstiň dikeltme nusgalary we ýapylanda alnan ätiýaçlyk nusgalar Handbook Studio indiki gezek açylandan başlap şu bukja ýazylar (handbook buýrugy ony derrew ulanýar). Öň alnanlar öz ýerinde galýar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups to keep of each handbook</source>
        <translation>Her gollanmanyň saklanjak ätiýaçlyk nusgalarynyň sany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older backups are deleted when a new one is made</source>
        <translation>Täze ätiýaçlyk nusga alnanda köneleri pozulýar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery and &amp;backup folder:</source>
        <translation>Dikeltme we ä&amp;tiýaçlyk nusga bukjasy:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups to &amp;keep:</source>
        <translation>Saklanjak &amp;nusga sany:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preferences not saved</source>
        <translation>Sazlamalar ýatda saklanmady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety settings could not be saved in {file}: {error}</source>
        <translation>Howpsuzlyk sazlamalaryny {file} faýlynda ýatda saklap bolmady: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder of Recovery Copies and Backups</source>
        <translation>Dikeltme nusgalarynyň we ätiýaçlyk nusgalaryň bukjasy</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../authoring_app/gui/section_editor.py" line="+140"/>
        <source>Could not write the recovery copy: {error}</source>
        <extracomment>Editor scroll events this soon after the preview scrolled it are ours, not the author&apos;s. The section shown changed: language, slug (empty when none).</extracomment>
        <translation>Dikeltme nusgasyny ýazyp bolmady: {error}</translation>
    </message>
</context>
<context>
    <name>SectionFileSession</name>
    <message>
        <location filename="../authoring_app/gui/section_file_session.py" line="+96"/>
        <source>{file} was not saved: another app has this handbook open, so this window may only read it. Take the handbook over to save here, or discard the changes.</source>
        <extracomment>A recovery copy is written at most this long after a change. The window property that is true while the window&apos;s handbook is open read-only. The recovery copy could not be written: the OSError (the widget says so where it has room). The file&apos;s state or the text changed from outside the editor (reloaded, merged, the file vanished): the widget updates what it shows around the text (labels, the form).</extracomment>
        <translation>{file} ýatda saklanmady: bu gollanmany başga programma açdy, şonuň üçin bu penjire ony diňe okap biler. Bu ýerde ýatda saklamak üçin gollanmany ele alyň ýa-da üýtgetmelerden ýüz öwüriň.</translation>
    </message>
</context>
<context>
    <name>SegmentEditorDelegate</name>
    <message>
        <location filename="../authoring_app/gui/translation/segment_grid.py" line="+66"/>
        <source>Segment text</source>
        <translation>Segmentiň teksti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return saves this segment to the file, Escape cancels</source>
        <translation>Ctrl+Return bu segmenti faýlda ýatda saklaýar, Escape ýatyrýar</translation>
    </message>
</context>
<context>
    <name>SegmentGrid</name>
    <message>
        <location line="+58"/>
        <source>&amp;Languages</source>
        <extracomment>The user asked to open ``lang``/``slug`` at file line ``line`` in the editor (double-click on a cell). The grid wrote ``lang``/``slug``: the section file or its provenance record.</extracomment>
        <translation>&amp;Diller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the languages shown as columns</source>
        <translation>Sütün edip görkezilýän dilleri saýlaň</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages shown</source>
        <translation>Görkezilýän diller</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All segments</source>
        <translation>Ähli segmentler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdated</source>
        <translation>Könelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Ýetmeýän</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra</source>
        <translation>Artykmaç</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show rows</source>
        <translation>Görkezilýän setirler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all rows, or only rows with an outdated, missing or extra segment</source>
        <translation>Ähli setirleri ýa-da diňe könelen, ýetmeýän ýa-da artykmaç segmentli setirleri görkez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Görkez:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark as Up to Date</source>
        <translation>&amp;Täzelenen diýip belle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected outdated translations still fit the source as it is now</source>
        <translation>Saýlanan könelen terjimeler çeşmäniň häzirki görnüşine henizem laýyk gelýär</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;opy Source to Target</source>
        <translation>&amp;Çeşmäni terjimä göçür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the selected translation from the source text, then edit it</source>
        <translation>Saýlanan terjimäni çeşme tekstinden başla, soňra ony redaktirle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments by language</source>
        <translation>Diller boýunça segmentler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Segment details and source changes</source>
        <translation>Segmentiň jikme-jiklikleri we çeşmedäki üýtgeşmeler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Next Outdated</source>
        <translation>Indiki könelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next outdated segment</source>
        <translation>Indiki könelen segmente geç</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Outdated</source>
        <translation>Öňki könelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous outdated segment</source>
        <translation>Öňki könelen segmente geç</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Missing</source>
        <translation>Indiki ýetmeýän</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next missing segment</source>
        <translation>Indiki ýetmeýän segmente geç</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Missing</source>
        <translation>Öňki ýetmeýän</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous missing segment</source>
        <translation>Öňki ýetmeýän segmente geç</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No {status} segments in the languages shown</source>
        <translation>Görkezilýän dillerde {status} segment ýok</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not record that: {error}</source>
        <translation>Muny bellige alyp bolmady: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select one or more outdated segments first</source>
        <translation>Ilki bir ýa-da birnäçe könelen segment saýlaň</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n segment(s) marked as up to date</source>
        <translation>
            <numerusform>%n segment täzelenen diýip bellendi</numerusform>
            <numerusform>%n segment täzelenen diýip bellendi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a cell of a translation first</source>
        <translation>Ilki terjimäniň bir öýjügini saýlaň</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This segment has no source text to copy</source>
        <translation>Bu segmentde göçürer ýaly çeşme teksti ýok</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file changed since the grid was shown; it has been read again.</source>
        <translation>Tablisa görkezilenden bäri faýl üýtgedi; ol täzeden okaldy.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved {lang}/{slug}.md</source>
        <translation>{lang}/{slug}.md ýatda saklandy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was saved: another app has this handbook open; this window may only read it.</source>
        <translation>Hiç zat ýatda saklanmady: bu gollanmany başga programma açdy; bu penjire ony diňe okap biler.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a cell to see its text and what changed in the source.</source>
        <translation>Öýjügiň tekstini we çeşmede nämäniň üýtgändigini görmek üçin ony saýlaň.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What changed in the source since this was translated:</source>
        <translation>Bu terjime edileli bäri çeşmede näme üýtgedi:</translation>
    </message>
</context>
<context>
    <name>SegmentGridModel</name>
    <message>
        <location filename="../authoring_app/gui/translation/segment_grid_model.py" line="+127"/>
        <source>{name}: source</source>
        <extracomment>Role of the row key (``paragraph:3``, ``ru/extra:paragraph:1``) in every cell. Role of the cell&apos;s status (``translated`` …, &quot;source&quot; in the source column, None where nothing is compared). The segment of the handbook&apos;s source language (None on a row of an extra segment). The status of the row&apos;s segment in each target language that has one.</extracomment>
        <translation>{name}: çeşme</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not compared: this language has no counterpart of this row</source>
        <translation>Deňeşdirilmedi: bu dilde bu setiriň garşylygy ýok</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only in the translation: the source has no counterpart</source>
        <translation>Diňe terjimede bar: çeşmede onuň garşylygy ýok</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <location filename="../authoring_app/gui/translation/side_by_side.py" line="+78"/>
        <source>Side by side translation</source>
        <extracomment>Statuses are recomputed this long after the last change in any column. Whether any column has unsaved changes. Open this language of the section in the single-language editor, at this file line. A column was saved: language, slug (the project tree may refresh). A short message for the status bar (what a mark means, why something was refused).</extracomment>
        <translation>Ýanaşyk terjime</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Side by side</source>
        <extracomment>Milliseconds the last status recompute took (all columns). The last status of each language, with the texts it was computed from (target, pivot column&apos;s).</extracomment>
        <translation>Ýanaşyk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side by side tools</source>
        <translation>Ýanaşyk görnüşiň gurallary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Column</source>
        <translation>Sütüni ýatda &amp;sakla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the language whose text has the focus</source>
        <translation>Teksti fokusda bolan dili ýatda sakla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;All</source>
        <translation>&amp;Hemmesini ýatda sakla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every language with unsaved changes</source>
        <translation>Ýatda saklanmadyk üýtgeşmeleri bolan ähli dilleri ýatda sakla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Language</source>
        <translation>&amp;Dil goş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one more language next to these (up to four)</source>
        <translation>Bularyň ýanynda ýene bir dili görkez (dörde çenli)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Mark</source>
        <translation>&amp;Öňki bellik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Mark</source>
        <translation>&amp;Indiki bellik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next outdated, missing or extra segment</source>
        <translation>Indiki könelen, ýetmeýän ýa-da artykmaç segmente geç</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{files}: changes are not saved.</source>
        <translation>{files}: üýtgeşmeler ýatda saklanmady.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+34"/>
        <source>Cannot open</source>
        <translation>Açyp bolmady</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{language} is already shown.</source>
        <translation>{language} eýýäm görkezilýär.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{file} is not UTF-8 and was not converted.</source>
        <translation>{file} UTF-8 däl we öwrülmedi.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Saved {file}</source>
        <translation>{file} ýatda saklandy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} has changes that are not saved.</source>
        <translation>{file} faýlynda ýatda saklanmadyk üýtgeşmeler bar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore unsaved text?</source>
        <translation>Ýatda saklanmadyk tekst dikeldilsinmi?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has text that was typed but not saved (the app ended before it was saved).</source>
        <translation>{file} faýlynda ýazylan, emma ýatda saklanmadyk tekst bar (ol ýatda saklanmanka programma ýapyldy).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore it into the editor (you can still undo that)?</source>
        <translation>Ony redaktora dikeltmelimi (muny soň hem yzyna alyp bolýar)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Dikelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Taşla</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No more marks in {language}.</source>
        <translation>{language}: başga bellik ýok.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_chart.py" line="+30"/>
        <source>Translation progress by language</source>
        <translation>Diller boýunça terjimäniň barşy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{language}: {percent}% translated, {outdated} outdated, {missing} missing</source>
        <translation>{language}: {percent}% terjime edilen, {outdated} könelen, {missing} ýetmeýän</translation>
    </message>
</context>
<context>
    <name>StatusGutter</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_gutter.py" line="+29"/>
        <source>Translation status marks</source>
        <extracomment>Background of each mark; white letters on them keep at least 4.5:1 contrast, on light and dark themes alike.</extracomment>
        <translation>Terjime ýagdaýynyň bellikleri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks beside the text: O outdated, M missing, E extra; F8 goes to the next one</source>
        <translation>Tekstiň ýanyndaky bellikler: K könelen, Ý ýetmeýän, A artykmaç; F8 indikisine geçýär</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>O</source>
        <comment>gutter mark: outdated segment</comment>
        <translation>K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <comment>gutter mark: missing segment</comment>
        <translation>Ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <comment>gutter mark: extra segment</comment>
        <translation>A</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outdated: the source changed since this was translated.</source>
        <translation>Könelen: bu terjime edileli bäri çeşme üýtgedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: this segment is not translated yet.</source>
        <translation>Ýetmeýän: bu segment heniz terjime edilmedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra: this text has no counterpart in the language it is translated from.</source>
        <translation>Artykmaç: terjimäniň esasy bolan dilde bu tekstiň garşylygy ýok.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n segments missing here.</source>
        <translation>
            <numerusform>Bu ýerde %n segment ýetmeýär.</numerusform>
            <numerusform>Bu ýerde %n segment ýetmeýär.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_chart.py" line="+57"/>
        <source>Colour legend</source>
        <translation>Reňkleriň düşündirişi</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <location filename="../authoring_app/gui/structure_actions.py" line="+219"/>
        <source>New &amp;Part…</source>
        <translation>&amp;Täze bölek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Section…</source>
        <translation>Täze &amp;bölüm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Adyny üýtget…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Title…</source>
        <translation>&amp;Sözbaşyny üýtget…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Poz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mo&amp;ve Up</source>
        <translation>Ýo&amp;kary süýşür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Dow&amp;n</source>
        <translation>A&amp;şak süýşür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Yzyna al</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gaýtala</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Structure</source>
        <translation>Gurluş</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Rename Part…</source>
        <translation>Bölegiň &amp;adyny üýtget…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Part…</source>
        <translation>Bölegi &amp;poz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename File…</source>
        <translation>Faýlyň &amp;adyny üýtget…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Section…</source>
        <translation>Bölümi &amp;poz…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Part</source>
        <translation>Täze bölek</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New part “{title}”</source>
        <translation>“{title}” bölegini döretmek</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New Section</source>
        <translation>Täze bölüm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New section “{title}”</source>
        <translation>“{title}” bölümini döretmek</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename File</source>
        <translation>Faýlyň adyny üýtget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename “{old}” to “{new}”</source>
        <translation>“{old}” adyny “{new}” diýip üýtgetmek</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change Title</source>
        <translation>Sözbaşyny üýtget</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change title to “{title}”</source>
        <translation>Sözbaşyny “{title}” diýip üýtgetmek</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The part “{title}” still holds %n section(s). Move them to another part or delete them first.</source>
        <translation>
            <numerusform>“{title}” böleginde entek %n bölüm bar. Ilki olary başga bölege geçiriň ýa-da pozuň.</numerusform>
            <numerusform>“{title}” böleginde entek %n bölüm bar. Ilki olary başga bölege geçiriň ýa-da pozuň.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the empty part “{title}”?</source>
        <translation>Boş “{title}” bölegi pozulsynmy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only its entry in handbook.toml is removed. Structure ▸ Undo brings it back.</source>
        <translation>Diňe onuň handbook.toml faýlyndaky ýazgysy aýrylýar. Gurluş ▸ Yzyna al ony yzyna getirýär.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete part “{slug}”</source>
        <translation>“{slug}” bölegini pozmak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its files ({files}) are moved to the folder .trash inside the handbook, not destroyed; Undo (Ctrl+Z) puts them back.</source>
        <translation>Onuň faýllary ({files}) ýok edilmeýär, gollanmanyň içindäki .trash bukjasyna geçirilýär; Yzyna al (Ctrl+Z) olary yzyna getirýär.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ýok</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n link(s) to it in other sections will be broken, e.g. {where}.</source>
        <translation>
            <numerusform>Beýleki bölümlerdäki oňa salgylanýan %n baglanyşyk işlemez, mysal üçin, {where}.</numerusform>
            <numerusform>Beýleki bölümlerdäki oňa salgylanýan %n baglanyşyk işlemez, mysal üçin, {where}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the section “{title}”?</source>
        <translation>“{title}” bölümi pozulsynmy?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete section “{title}”</source>
        <translation>“{title}” bölümini pozmak</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move part “{slug}”</source>
        <translation>“{slug}” bölegini süýşürmek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move section “{slug}”</source>
        <translation>“{slug}” bölümini süýşürmek</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Links to this section in every language are updated.</source>
        <translation>Ähli dillerde bu bölüme salgylanýan baglanyşyklar täzelenýär.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot change the structure</source>
        <translation>Gurluşy üýtgedip bolmady</translation>
    </message>
</context>
<context>
    <name>StructureController</name>
    <message>
        <location line="-370"/>
        <source>The handbook is open read-only: take it over (the bar above) to change its structure.</source>
        <extracomment>What the slug fields accept while typing (core&apos;s SLUG_RE has the last word). The handbook after a change, undo or redo (reloaded from disk). A change, undo or redo was refused; the argument is core&apos;s message (what, where, what to do). A change, undo or redo is about to be applied (the window saves the open section first). The operation just applied (a change, or the inverse an undo ran), after ``handbook_changed``. Another app holds the handbook&apos;s lock (see project_guard): changes are refused. Asked before every change, undo and redo; False stops it (the window saves the open text first, and a failed save must not be followed by a change that rewrites or moves that file).</extracomment>
        <translation>Gollanma diňe okamak üçin açyk: onuň gurluşyny üýtgetmek üçin ony ele alyň (ýokardaky panel).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{message}

The undo history was cleared because the files no longer match it.</source>
        <translation>{message}

Yzyna almak taryhy arassalandy, sebäbi faýllar indi oňa gabat gelmeýär.</translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <location filename="../authoring_app/gui/preview/text_preview.py" line="+23"/>
        <source>Preview of the page (simplified)</source>
        <translation>Sahypanyň deslapky syny (ýönekeýleşdirilen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simplified preview: the page engine (QtWebEngine) could not start, so quizzes, tabs and the site&apos;s styles are not shown. Reason: {reason}</source>
        <translation>Ýönekeýleşdirilen deslapky syn: sahypa hereketlendirijisi (QtWebEngine) işe başlap bilmedi, şonuň üçin testler, goýmalar we saýtyň stilleri görkezilmeýär. Sebäbi: {reason}</translation>
    </message>
</context>
<context>
    <name>TranslationDashboard</name>
    <message>
        <location filename="../authoring_app/gui/translation/dashboard.py" line="+86"/>
        <source>Dashboard state</source>
        <extracomment>The user asked to open section ``slug`` in language ``lang`` (click, Return or Space on a cell). The counts on screen are complete and current (after :meth:`set_handbook` or :meth:`refresh`).</extracomment>
        <translation>Paneliň ýagdaýy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary by language</source>
        <translation>Diller boýunça jemi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Translation status by section and language</source>
        <translation>Bölümler we diller boýunça terjime ýagdaýy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a cell, or press Return, to open that section in that language</source>
        <translation>Şol bölümi şol dilde açmak üçin öýjüge basyň ýa-da Return basyň</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Counting segments…</source>
        <translation>Segmentler sanalýar…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The status could not be counted: {error}</source>
        <translation>Ýagdaýy hasaplap bolmady: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No handbook is open.</source>
        <translation>Hiç bir gollanma açyk däl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This handbook has no translations yet: add a language in handbook.toml.</source>
        <translation>Bu gollanmanyň heniz terjimesi ýok: handbook.toml faýlyna dil goşuň.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n sections, source language {source}</source>
        <translation>
            <numerusform>%n bölüm, çeşme dili: {source}</numerusform>
            <numerusform>%n bölüm, çeşme dili: {source}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Çeşmesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Taýýar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(no file yet)</source>
        <translation>(heniz faýl ýok)</translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <location filename="../authoring_app/gui/translation/status_style.py" line="+30"/>
        <source>translated</source>
        <extracomment>Solid colours (chart bars, legend swatches); cells use them with :data:`CELL_ALPHA`. Opacity of a cell&apos;s tint: translated cells stay quiet so the ones that need work stand out.</extracomment>
        <translation>terjime edilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outdated</source>
        <translation>könelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>ýetmeýän</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra</source>
        <translation>artykmaç</translation>
    </message>
</context>
<context>
    <name>ValidationStatus</name>
    <message>
        <location filename="../authoring_app/core/export/validation.py" line="-4"/>
        <source>passed</source>
        <extracomment>A check&apos;s status; the GUI shows it translated (context ``ValidationStatus``).</extracomment>
        <translation>geçdi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>geçmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation>barlanmady</translation>
    </message>
</context>
<context>
    <name>WebPreview</name>
    <message>
        <location filename="../authoring_app/gui/preview/web_preview.py" line="+147"/>
        <source>Preview of the page</source>
        <extracomment>Schemes a preview page may load: its own files, Qt&apos;s web channel script, inline data. The preview&apos;s scripts, in the page&apos;s head before the site&apos;s own. The page was asked to load itself again (Reload in its menu): its content would go back to the first version. True between :meth:`load_own` and the load it started: the only navigation of the page that is allowed.</extracomment>
        <translation>Sahypanyň deslapky syny</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The preview page could not be loaded; it is built again with your next change.</source>
        <translation>Deslapky syn sahypasyny ýükläp bolmady; ol indiki üýtgeşmäňizde täzeden gurlar.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The preview stopped: Chromium&apos;s page process ended %n times in a minute (code {code}).</source>
        <translation>
            <numerusform>Deslapky syn togtady: Chromium-yň sahypa prosesi bir minutyň içinde %n gezek ýapyldy (kod {code}).</numerusform>
            <numerusform>Deslapky syn togtady: Chromium-yň sahypa prosesi bir minutyň içinde %n gezek ýapyldy (kod {code}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview stopped (Chromium&apos;s page process ended, code {code}); it was started again.</source>
        <translation>Deslapky syn togtady (Chromium-yň sahypa prosesi ýapyldy, kod {code}); ol täzeden işe girizildi.</translation>
    </message>
</context>
<context>
    <name>WorkModes</name>
    <message>
        <location filename="../authoring_app/gui/work_modes.py" line="+47"/>
        <source>&amp;Write</source>
        <translation>&amp;Ýazmak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One language in the editor beside the live page</source>
        <translation>Redaktorda bir dil, ýanynda janly sahypa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages &amp;Side by Side</source>
        <translation>Diller ýa&amp;naşyk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two to four languages of the section as columns, scrolling together</source>
        <translation>Bölümiň ikiden dörde çenli dili, bile aýlanýan sütünler görnüşinde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;gments</source>
        <translation>Se&amp;gmentler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every segment of the section with its status in every language</source>
        <translation>Bölümiň ähli segmentleri we olaryň her dildäki ýagdaýy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Translation &amp;Dashboard</source>
        <translation>Terjime &amp;paneli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far every language is, section by section</source>
        <translation>Her diliň terjimesiniň bölüm boýunça näçe öňe gidendigi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Problems</source>
        <translation>&amp;Meseleler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What handbook check finds, translation QA included</source>
        <translation>“handbook check” barlagynyň tapýan meseleleri, terjime hil barlagy hem şol sanda</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cannot open section</source>
        <translation>Bölümi açyp bolmady</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Problems</source>
        <translation>Meseleler</translation>
    </message>
</context>
<context>
    <name>_MediaBlockDialog</name>
    <message>
        <location filename="../authoring_app/gui/insert_block_dialogs.py" line="-163"/>
        <source>&amp;Insert</source>
        <translation>&amp;Giriz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Faýl saýla…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing Was Inserted</source>
        <translation>Hiç zat girizilmedi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files Created</source>
        <translation>Faýllar döredildi</translation>
    </message>
</context>
<context>
    <name>_NameDialog</name>
    <message>
        <location filename="../authoring_app/gui/structure_actions.py" line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Sözbaşy:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 10-peer-review</source>
        <translation>mysal üçin, 10-peer-review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower-case Latin letters, digits and hyphens; the file is named after it</source>
        <translation>Latyn kiçi harplary, sanlar we defisler; faýla şu at berilýär</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File name:</source>
        <translation>&amp;Faýl ady:</translation>
    </message>
</context>
</TS>
