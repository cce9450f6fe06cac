#==============================================================
# BLOG API
# Made with FastAPI
# Version 1.3
#==============================================================

from fastapi import FastAPI, Request
import sqlite3
import random
import time
import uvicorn

app = FastAPI()

DATABASE_NAME = "BlogDatabase.db"
TOKEN_LENGTH = 30


#==============================================================
# DATABASE SETUP
#==============================================================

def OpenDatabase():
    conDB = sqlite3.connect(DATABASE_NAME)
    conDB.row_factory = sqlite3.Row
    return conDB


def CreateTables():
    conDB = OpenDatabase()
    curDB = conDB.cursor()
    curDB.execute("CREATE TABLE IF NOT EXISTS tblUsers (UserID INTEGER PRIMARY KEY AUTOINCREMENT, UserName TEXT, Password TEXT, Token TEXT)")
    curDB.execute("CREATE TABLE IF NOT EXISTS tblPosts (PostID INTEGER PRIMARY KEY AUTOINCREMENT, Title TEXT, Content TEXT, Author TEXT, DateCreated TEXT)")
    curDB.execute("CREATE TABLE IF NOT EXISTS tblComments (CommentID INTEGER PRIMARY KEY AUTOINCREMENT, PostID INTEGER, Comment TEXT, Author TEXT, DateCreated TEXT)")
    conDB.commit()
    conDB.close()


CreateTables()


#==============================================================
# HELPER FUNCTIONS
#==============================================================

def MakeToken():
    strLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    strToken = ""
    for i in range(TOKEN_LENGTH):
        strToken = strToken + strLetters[random.randint(0, len(strLetters) - 1)]
    return strToken


def GetUserFromToken(request):
    strHeader = request.headers.get("Authorization")
    if strHeader == None:
        return None
    strToken = strHeader.replace("Bearer ", "")
    conDB = OpenDatabase()
    curDB = conDB.cursor()
    curDB.execute("SELECT * FROM tblUsers WHERE Token = '" + strToken + "'")
    rowUser = curDB.fetchone()
    conDB.close()
    if rowUser == None:
        return None
    return rowUser["UserName"]


def RowToDictionary(rowData):
    dicResult = {}
    for strKey in rowData.keys():
        dicResult[strKey] = rowData[strKey]
    return dicResult


def GetToday():
    return time.strftime("%d/%m/%Y %H:%M:%S")


#==============================================================
# USERS
#==============================================================

@app.post("/signup")
async def SignUp(request: Request):
    dicData = await request.json()
    strUserName = dicData["username"]
    strPassword = dicData["password"]

    if strUserName == "" or strPassword == "":
        return {"Result": "Error", "Message": "Please fill in username and password"}

    conDB = OpenDatabase()
    curDB = conDB.cursor()
    curDB.execute("SELECT * FROM tblUsers WHERE UserName = ?", (strUserName,))
    if curDB.fetchone() != None:
        conDB.close()
        return {"Result": "Error", "Message": "Username already exists"}

    curDB.execute("INSERT INTO tblUsers (UserName, Password, Token) VALUES (?, ?, ?)", (strUserName, strPassword, ""))
    conDB.commit()
    intNewID = curDB.lastrowid
    curDB.execute("SELECT * FROM tblUsers WHERE UserID = ?", (intNewID,))
    rowUser = curDB.fetchone()
    conDB.close()

    return {"Result": "OK", "User": RowToDictionary(rowUser)}


@app.post("/login")
async def LogIn(request: Request):
    dicData = await request.json()
    strUserName = dicData["username"]
    strPassword = dicData["password"]

    conDB = OpenDatabase()
    curDB = conDB.cursor()
    strSQL = "SELECT * FROM tblUsers WHERE UserName = '" + strUserName + "' AND Password = '" + strPassword + "'"
    curDB.execute(strSQL)
    rowUser = curDB.fetchone()

    if rowUser == None:
        conDB.close()
        return {"Result": "Error", "Message": "Wrong username or password"}

    strToken = MakeToken()
    curDB.execute("UPDATE tblUsers SET Token = ? WHERE UserID = ?", (strToken, rowUser["UserID"]))
    conDB.commit()
    conDB.close()

    return {"Result": "OK", "access_token": strToken, "token_type": "bearer"}


#==============================================================
# POSTS
#==============================================================

@app.get("/posts")
async def GetAllPosts():
    conDB = OpenDatabase()
    curDB = conDB.cursor()
    curDB.execute("SELECT * FROM tblPosts ORDER BY PostID DESC")
    rowsPosts = curDB.fetchall()

    lstPosts = []
    for rowPost in rowsPosts:
        dicPost = RowToDictionary(rowPost)
        curDB.execute("SELECT COUNT(*) FROM tblComments WHERE PostID = " + str(rowPost["PostID"]))
        dicPost["NumberOfComments"] = curDB.fetchone()[0]
        lstPosts.append(dicPost)

    conDB.close()
    return {"Result": "OK", "Count": len(lstPosts), "Posts": lstPosts}


@app.get("/posts/{PostID}")
async def GetPost(PostID):
    conDB = OpenDatabase()
    curDB = conDB.cursor()
    curDB.execute("SELECT * FROM tblPosts WHERE PostID = " + PostID)
    rowPost = curDB.fetchone()
    conDB.close()

    if rowPost == None:
        return {"Result": "Error", "Message": "Post not found"}

    return {"Result": "OK", "Post": RowToDictionary(rowPost)}


@app.post("/posts")
async def CreatePost(request: Request):
    strUser = GetUserFromToken(request)
    if strUser == None:
        return {"Result": "Error", "Message": "You must be logged in"}

    dicData = await request.json()
    strTitle = dicData["title"]
    strContent = dicData["content"]

    conDB = OpenDatabase()
    curDB = conDB.cursor()
    curDB.execute("INSERT INTO tblPosts (Title, Content, Author, DateCreated) VALUES (?, ?, ?, ?)", (strTitle, strContent, strUser, GetToday()))
    conDB.commit()
    intNewID = curDB.lastrowid
    conDB.close()

    # give the database a moment to save before reading it back
    time.sleep(0.5)

    conDB = OpenDatabase()
    curDB = conDB.cursor()
    curDB.execute("SELECT * FROM tblPosts WHERE PostID = ?", (intNewID,))
    rowPost = curDB.fetchone()
    conDB.close()

    return {"Result": "OK", "Post": RowToDictionary(rowPost)}


@app.put("/posts/{PostID}")
async def UpdatePost(PostID, request: Request):
    strUser = GetUserFromToken(request)
    if strUser == None:
        return {"Result": "Error", "Message": "You must be logged in"}

    dicData = await request.json()

    conDB = OpenDatabase()
    curDB = conDB.cursor()
    curDB.execute("SELECT * FROM tblPosts WHERE PostID = ?", (PostID,))
    rowPost = curDB.fetchone()

    if rowPost == None:
        conDB.close()
        return {"Result": "Error", "Message": "Post not found"}

    if rowPost["Author"] != strUser:
        conDB.close()
        return {"Result": "Error", "Message": "You can only edit your own posts"}

    strTitle = rowPost["Title"]
    strContent = rowPost["Content"]
    if "title" in dicData:
        strTitle = dicData["title"]
    if "content" in dicData:
        strContent = dicData["content"]

    curDB.execute("UPDATE tblPosts SET Title = ?, Content = ? WHERE PostID = ?", (strTitle, strContent, PostID))
    conDB.commit()
    conDB.close()

    return {"Result": "OK", "Message": "Post updated"}


@app.delete("/posts/{PostID}")
async def DeletePost(PostID, request: Request):
    strUser = GetUserFromToken(request)
    if strUser == None:
        return {"Result": "Error", "Message": "You must be logged in"}

    conDB = OpenDatabase()
    curDB = conDB.cursor()
    curDB.execute("DELETE FROM tblPosts WHERE PostID = ?", (PostID,))
    curDB.execute("DELETE FROM tblComments WHERE PostID = ?", (PostID,))
    conDB.commit()
    conDB.close()

    return {"Result": "OK", "Message": "Post deleted"}


#==============================================================
# COMMENTS
#==============================================================

@app.get("/posts/{PostID}/comments")
async def GetComments(PostID):
    conDB = OpenDatabase()
    curDB = conDB.cursor()
    curDB.execute("SELECT * FROM tblComments WHERE PostID = ? ORDER BY CommentID", (PostID,))
    rowsComments = curDB.fetchall()
    conDB.close()

    lstComments = []
    for rowComment in rowsComments:
        lstComments.append(RowToDictionary(rowComment))

    return {"Result": "OK", "Count": len(lstComments), "Comments": lstComments}


@app.post("/posts/{PostID}/comments")
async def AddComment(PostID, request: Request):
    strUser = GetUserFromToken(request)
    if strUser == None:
        return {"Result": "Error", "Message": "You must be logged in"}

    dicData = await request.json()
    strComment = dicData["comment"]

    conDB = OpenDatabase()
    curDB = conDB.cursor()
    curDB.execute("SELECT * FROM tblPosts WHERE PostID = ?", (PostID,))
    if curDB.fetchone() == None:
        conDB.close()
        return {"Result": "Error", "Message": "Post not found"}

    curDB.execute("INSERT INTO tblComments (PostID, Comment, Author, DateCreated) VALUES (?, ?, ?, ?)", (PostID, strComment, strUser, GetToday()))
    conDB.commit()
    intNewID = curDB.lastrowid
    conDB.close()

    return {"Result": "OK", "CommentID": intNewID}


#==============================================================
# START THE SERVER
#==============================================================

if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=8000)
