import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The script tests' psql, with only the JDBC driver the shop already installs: runs one SQL
 * statement on the shop's database and prints the first column of each row, or the update count.
 * Run: java -cp $SHOP_VAR/lib/postgresql.jar Sql.java PORT PASSWORD-FILE STATEMENT
 */
public class Sql {
    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + args[0] + "/shop";
        String password = Files.readString(Path.of(args[1])).trim();
        try (Connection connection = DriverManager.getConnection(url, "shop", password);
             Statement statement = connection.createStatement()) {
            if (statement.execute(args[2])) {
                try (ResultSet rows = statement.getResultSet()) {
                    while (rows.next()) {
                        System.out.println(rows.getString(1));
                    }
                }
            } else {
                System.out.println(statement.getUpdateCount());
            }
        }
    }
}
