-- Files that records refer to (signed agreements, minutes), kept in the database so that a backup,
-- a restore and every node of a cluster see the same files (decision 0007).
CREATE TABLE core_document (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  file_name  VARCHAR(255) NOT NULL,
  media_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT       NOT NULL,
  sha256     VARCHAR(64)  NOT NULL,
  stored_at  DATETIME(6)  NOT NULL,
  stored_by  VARCHAR(64)  NOT NULL,
  content    LONGBLOB     NOT NULL
) ${table_options};
