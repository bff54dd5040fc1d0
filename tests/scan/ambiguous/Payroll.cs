// A client variable whose name says no API: GetEmployeesAsync is in three payroll APIs.
public class Payroll
{
    public async Task Run(dynamic api, string token, string tenant)
    {
        var employees = await api.GetEmployeesAsync(token, tenant);
        var timesheets = await api.GetTimesheetsAsync(token, tenant);
    }
}
