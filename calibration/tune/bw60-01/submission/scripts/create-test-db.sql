CREATE DATABASE todo_test OWNER todo;
