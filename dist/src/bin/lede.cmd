@echo off
rem lede: search news articles. Runs the lede program (lede-cli.jar and lib\) with a JDK 21+:
rem LEDE_JAVA_HOME, else JAVA_HOME, else the java on PATH.
setlocal
set "LEDE_HOME=%~dp0.."
set "JAVA_EXE="
if defined LEDE_JAVA_HOME if exist "%LEDE_JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%LEDE_JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE (
  echo lede needs Java 21 or newer; install a JDK 21+ ^(or set JAVA_HOME to one^) and try again. 1>&2
  exit /b 1
)
rem Java older than 21 cannot read lede's classes: say so in one sentence rather than with Java's error.
"%JAVA_EXE%" -XshowSettings:properties -version 2>&1 | findstr /r /c:"java\.specification\.version = [2-9][0-9]" >nul
if errorlevel 1 (
  echo lede needs Java 21 or newer; %JAVA_EXE% is older. Set LEDE_JAVA_HOME or JAVA_HOME to a JDK 21+ and try again. 1>&2
  exit /b 1
)
"%JAVA_EXE%" -Dlede.home="%LEDE_HOME%" --enable-native-access=ALL-UNNAMED -jar "%LEDE_HOME%\lede-cli.jar" %*
exit /b %ERRORLEVEL%
