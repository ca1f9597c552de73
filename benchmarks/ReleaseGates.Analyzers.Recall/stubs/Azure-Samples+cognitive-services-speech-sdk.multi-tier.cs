// The multi-tier scenario's web service: the ASP.NET Core project's implicit usings and the hosting member it uses
// (names as in the packages). The other Azure projects compile with these usings too; they use none of their names.
global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using System.Threading;
global using System.Threading.Tasks;
global using Microsoft.Extensions.Hosting;
global using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting
{
    public interface IHostApplicationLifetime
    {
        CancellationToken ApplicationStopping { get; }
    }
}
