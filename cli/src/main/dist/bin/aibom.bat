@echo off
rem The aibom command line. Runs with Java 17 or later: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else the
rem java on the PATH. JAVA_OPTS is passed to the JVM.
setlocal
set "AIBOM_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVACMD=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVACMD=java.exe"
)
if defined JAVA_HOME if not exist "%JAVACMD%" (
  echo aibom: ERROR JAVA_HOME is set to "%JAVA_HOME%", but %JAVACMD% does not exist. Point JAVA_HOME at a Java 17 ^(or later^) installation. 1>&2
  exit /b 1
)
rem validate, verify, sign, check and review stream the BOM: the serial collector suits them (see bin/aibom); a
rem collector chosen in JAVA_OPTS is left alone
set "GC_OPTS="
set "AIBOM_COMMAND=%~1"
if /i "%~1"=="--max-bom-size" set "AIBOM_COMMAND=%~3"
echo %JAVA_OPTS% | findstr /r /c:"-XX:+Use.*GC" >nul || (
  if /i "%AIBOM_COMMAND%"=="validate" set "GC_OPTS=-XX:+UseSerialGC"
  if /i "%AIBOM_COMMAND%"=="verify" set "GC_OPTS=-XX:+UseSerialGC"
  if /i "%AIBOM_COMMAND%"=="sign" set "GC_OPTS=-XX:+UseSerialGC"
  if /i "%AIBOM_COMMAND%"=="check" set "GC_OPTS=-XX:+UseSerialGC"
  if /i "%AIBOM_COMMAND%"=="review" set "GC_OPTS=-XX:+UseSerialGC"
)
"%JAVACMD%" %JAVA_OPTS% %GC_OPTS% -cp "%AIBOM_HOME%\lib\*" dev.aibom.cli.Launcher %*
exit /b %ERRORLEVEL%
