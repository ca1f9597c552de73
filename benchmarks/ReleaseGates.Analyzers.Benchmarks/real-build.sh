#!/usr/bin/env bash
# The analyzers' cost in a real build of real code, measured the way a team measures it: microsoft/garnet's libs
# (10 projects, no speech SDK) built with this repository's package added to every project and
# -p:ReportAnalyzer=true; the compiler's report is then summed by `--build-log`.
#
#   benchmarks/ReleaseGates.Analyzers.Benchmarks/real-build.sh [WORK_DIR]
#
# Needs git, the .NET SDK and nuget.org (garnet's packages). Garnet is MIT-licensed; it is cloned into WORK_DIR
# (default /tmp/rg-real-build), never into this repository. Builds net10.0 only, with warnings not as errors
# (garnet pins package versions a feed may not serve). The build runs once; run it again for a second figure.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-/tmp/rg-real-build}"
commit=e508a41620f12b01a534826fa83eecfd350db7dd
version="0.1.0-realbuild.$(date +%s)" # a new version each run: nothing is reused from an earlier package

mkdir -p "$work"
if [ -d "$work/garnet" ] && [ ! -d "$work/garnet/.git" ]; then
  echo "using $work/garnet as it is (a copy of garnet $commit without its history)"
else
  [ -d "$work/garnet/.git" ] || git clone --filter=blob:none https://github.com/microsoft/garnet "$work/garnet"
  git -C "$work/garnet" checkout -q "$commit"
fi

dotnet pack "$repo/src/ReleaseGates.Package" -c Release -o "$work/feed" -p:Version="$version" -v q -nologo

# The package in every project, as a team adds it (Directory.Build.targets), from the local feed.
cat > "$work/garnet/Directory.Build.targets" <<'EOF'
<Project>
  <ItemGroup Condition="'$(ReleaseGatesVersion)' != ''">
    <PackageReference Include="ReleaseGates" VersionOverride="$(ReleaseGatesVersion)" PrivateAssets="all" />
  </ItemGroup>
</Project>
EOF
cat > "$work/garnet/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="releasegates" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
EOF

properties=(-p:TargetFrameworks=net10.0 -p:ReleaseGatesVersion="$version" -p:TreatWarningsAsErrors=false)
cd "$work/garnet"
dotnet restore libs/host/Garnet.host.csproj "${properties[@]}" -v q
echo "load average before the build: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build libs/host/Garnet.host.csproj --no-restore --no-incremental -c Release "${properties[@]}" \
  -p:ReportAnalyzer=true -nologo -v q -flp:"v=d;performancesummary;logfile=$work/build.log"
echo "load average after the build: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet run -c Release --project "$repo/benchmarks/ReleaseGates.Analyzers.Benchmarks" -- --build-log "$work/build.log"
